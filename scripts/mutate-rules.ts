/**
 * npm run mutate-rules: are the transparency rules tested? For each rule, forces its result to
 * true and then to false (tests/support/rule-mutant.ts) and runs the unit tests; a mutant the
 * tests do not notice "survives" and is listed. Zero survivors means every rule's logic is held
 * by a test (issue 18). Slow by design (two unit runs per rule), so not part of npm test.
 *
 *   node scripts/mutate-rules.ts [--only G8-selection-method,G9-oversight]
 */
import './unexpected-errors.ts';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rules } from '../templates/lib/transparency/rules.ts';
import { readArgs, stringOption } from './args.ts';

const only = stringOption(readArgs(), 'only')?.split(',');
const chosen = rules.filter((r) => !only || only.includes(r.id));
// The unit tests that can see a rule: those importing the transparency modules (the rest take a minute a run).
const testFiles = readdirSync('tests/unit').filter((f) => f.endsWith('.test.ts') && readFileSync(`tests/unit/${f}`, 'utf8').includes('lib/transparency/')).map((f) => `tests/unit/${f}`);
const survivors: string[] = [];
const started = Date.now();

for (const rule of chosen) {
  for (const forced of ['true', 'false'] as const) {
    const run = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', ...testFiles],
      { env: { ...process.env, RULE_MUTANT: `${rule.id}=${forced}`, NO_COLOR: '1' }, encoding: 'utf8' },
    );
    const output = `${run.stdout}${run.stderr}`;
    // Caught means a test failed; a run that broke for another reason says nothing about the rule.
    const caught = /Tests\s+\d+ failed/.test(output);
    if (run.status !== 0 && !caught) {
      console.error(`The unit tests did not run with ${rule.id} forced ${forced}:\n${output.slice(-2000)}`);
      process.exit(2);
    }
    console.log(`${caught ? 'caught  ' : 'SURVIVED'} ${rule.id} forced ${forced}`);
    if (!caught) survivors.push(`${rule.id} forced ${forced}`);
  }
}

console.log(`\n${chosen.length * 2} mutants of ${chosen.length} rules, against ${testFiles.join(', ')}, in ${Math.round((Date.now() - started) / 1000)} s: ${survivors.length} survived.`);
for (const s of survivors) console.log(`  ${s}`);
process.exit(survivors.length === 0 ? 0 : 1);
