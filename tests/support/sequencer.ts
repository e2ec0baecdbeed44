/**
 * The order test files start in. Vitest's own order (slowest first, by the last run's timings) is kept,
 * except that unit tests start first, for quick feedback, and the tests that make whole builds of their
 * own to compare (reproducible builds, archives) start last, after the shared site's readers.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files that build sites of their own to compare byte for byte. */
export const lastFiles = /tests\/integration\/(reproducible|archive)\.test\.ts$/;

const rank = (spec: TestSpecification) => (spec.project.name === 'unit' ? 0 : lastFiles.test(spec.moduleId) ? 2 : 1);

export class UnitFirstBuildsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable, so Vitest's order holds within each rank.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
