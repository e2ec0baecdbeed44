/** The order test files start in (tests/support/sequencer.ts): unit tests first, whole-build comparisons last. */
import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import { UnitFirstBuildsLastSequencer } from '../support/sequencer.ts';

const spec = (project: string, moduleId: string, duration: number) =>
  ({ moduleId, project: { name: project, config: { isolate: true, sequence: { groupOrder: 0 } } }, duration }) as unknown as TestSpecification;

describe('the test sequencer', () => {
  it('starts unit tests first and the builds compared byte for byte last, slowest first otherwise', async () => {
    const files = [
      spec('site', '/repo/tests/integration/reproducible.test.ts', 60_000),
      spec('site', '/repo/tests/browser/focus.test.ts', 50_000),
      spec('unit', '/repo/tests/unit/phase.test.ts', 10),
      spec('site', '/repo/tests/browser/axe.test.ts', 150_000),
      spec('site', '/repo/tests/integration/archive.test.ts', 20_000),
      spec('components', '/repo/tests/components/vote-result.test.ts', 50),
    ];
    // Vitest's cache knows each file's last duration; the base sequencer starts the slowest first.
    const durations = new Map(files.map((file) => [file, (file as unknown as { duration: number }).duration]));
    const ctx = { cache: { getTestSpecificationResult: (file: TestSpecification) => ({ duration: durations.get(file), failed: false }) } } as unknown as Vitest;
    const sorted = await new UnitFirstBuildsLastSequencer(ctx).sort(files);
    expect(sorted.map((file) => file.moduleId.replace('/repo/tests/', ''))).toEqual([
      'unit/phase.test.ts',
      'components/vote-result.test.ts',
      'browser/axe.test.ts',
      'browser/focus.test.ts',
      'integration/reproducible.test.ts',
      'integration/archive.test.ts',
    ]);
  });
});
