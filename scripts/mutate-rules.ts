/**
 * npm run mutate-rules: are the transparency rules and the cross-checks tested? For each rule,
 * forces its result to true and then to false; for each cross-check, makes it find nothing and then
 * a problem in every config (tests/support/rule-mutant.ts); each time it runs the unit tests that
 * can see it. A mutant the tests do not notice "survives" and is listed. Zero survivors means every
 * rule's and check's logic is held by a test (issue 18). Slow by design (two unit runs per rule or
 * check), so not part of npm test.
 *
 *   node scripts/mutate-rules.ts [--only G8-selection-method,members.count-adds-up]
 */
import './unexpected-errors.ts';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rules } from '../templates/lib/transparency/rules.ts';
import { crossChecks } from '../templates/lib/config/cross-checks/index.ts';
import { readArgs, stringOption } from './args.ts';

const only = stringOption(readArgs(), 'only')?.split(',');
/** The unit test files that import `module` (the rest take a minute a run and cannot see it). */
const importing = (module: string) =>
  readdirSync('tests/unit')
    .filter((f) => f.endsWith('.test.ts') && readFileSync(`tests/unit/${f}`, 'utf8').includes(module))
    .map((f) => `tests/unit/${f}`);
const kinds = [
  { variable: 'RULE_MUTANT', noun: 'rule', ids: rules.map((r) => r.id), testFiles: importing('lib/transparency/') },
  { variable: 'CHECK_MUTANT', noun: 'cross-check', ids: crossChecks.map((c) => c.id), testFiles: importing('lib/config/cross-checks/') },
];
const survivors: string[] = [];
const started = Date.now();
let mutants = 0;

for (const kind of kinds) {
  for (const id of kind.ids.filter((i) => !only || only.includes(i))) {
    for (const forced of ['true', 'false'] as const) {
      mutants += 1;
      const run = spawnSync(
        process.execPath,
        ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', ...kind.testFiles],
        { env: { ...process.env, [kind.variable]: `${id}=${forced}`, NO_COLOR: '1' }, encoding: 'utf8' },
      );
      const output = `${run.stdout}${run.stderr}`;
      // Caught means a test failed; a run that broke for another reason says nothing about the rule.
      const caught = /Tests\s+\d+ failed/.test(output);
      if (run.status !== 0 && !caught) {
        console.error(`The unit tests did not run with ${kind.noun} ${id} forced ${forced}:\n${output.slice(-2000)}`);
        process.exit(2);
      }
      console.log(`${caught ? 'caught  ' : 'SURVIVED'} ${kind.noun} ${id} forced ${forced}`);
      if (!caught) survivors.push(`${kind.noun} ${id} forced ${forced}`);
    }
  }
}

const against = kinds.map((k) => `${k.noun}s against ${k.testFiles.join(', ')}`).join('; ');
console.log(`\n${mutants} mutants (${against}) in ${Math.round((Date.now() - started) / 1000)} s: ${survivors.length} survived.`);
for (const s of survivors) console.log(`  ${s}`);
process.exit(survivors.length === 0 ? 0 : 1);
