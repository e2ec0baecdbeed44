/**
 * Set up by scripts/mutate-rules.ts, never by npm test: forces one transparency rule's result to
 * true or to false (RULE_MUTANT="G8-selection-method=true"), or one cross-check to find nothing or
 * to find a problem in every config (CHECK_MUTANT="members.count-adds-up=false"), so the script can
 * see whether any test notices. Without either variable it does nothing.
 */
import { rules } from '../../templates/lib/transparency/rules.ts';
import type { Rule } from '../../templates/lib/transparency/rule.ts';
import { crossChecks } from '../../templates/lib/config/cross-checks/index.ts';

const ruleMutant = process.env['RULE_MUTANT'];
if (ruleMutant) {
  const [id, forced] = ruleMutant.split('=') as [string, 'true' | 'false'];
  const rule = rules.find((r) => r.id === id) as { -readonly [K in keyof Rule]: Rule[K] } | undefined;
  if (!rule) throw new Error(`No transparency rule ${id}`);
  const ok = forced === 'true';
  if (rule.met) rule.met = () => ok;
  if (rule.each) {
    const each = rule.each;
    // Every item checked passes, or the first one fails (one is enough for the item to be missing).
    rule.each = (input, now) => {
      const items = each(input, now);
      if (ok) return items.map((item) => ({ ...item, ok: true }));
      return items.length > 0 ? items.map((item, i) => ({ ...item, ok: i === 0 ? false : item.ok })) : [{ name: 'mutant', title: 'mutant', ok: false }];
    };
  }
}

const checkMutant = process.env['CHECK_MUTANT'];
if (checkMutant) {
  const [id, forced] = checkMutant.split('=') as [string, 'true' | 'false'];
  const check = crossChecks.find((c) => c.id === id);
  if (!check) throw new Error(`No cross-check ${id}`);
  check.run = forced === 'true' ? () => [] : () => [{ severity: 'error', path: [], message: 'mutant' }];
}
