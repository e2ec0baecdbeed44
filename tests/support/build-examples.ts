/**
 * Vitest global setup: builds the example assemblies once, with the real build command, for every
 * test that reads a built site (integration, budgets, browser). Tests find it with inject('exampleSite').
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** 22 November 2026 at midnight UTC: phases and "next session" do not depend on the day tests run. */
export const testEpoch = '1795305600';

/** Builds `assemblies` into `out` (a new temporary folder unless given). */
export function buildSiteForTest(assemblies: string, args: string[] = [], out: string = mkdtempSync(join(tmpdir(), 'site-'))) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    env: { ...process.env, ASSEMBLIES_DIR: assemblies, SOURCE_DATE_EPOCH: testEpoch },
    encoding: 'utf8',
  });
  // Without colour codes, which Astro adds on some terminals and CI runners.
  return { out, status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

export default function setup(project: TestProject) {
  const site = buildSiteForTest('assemblies');
  if (site.status !== 0) throw new Error(`The example site did not build:\n${site.output}`);
  project.provide('exampleSite', site.out);
}

declare module 'vitest' {
  export interface ProvidedContext {
    exampleSite: string;
  }
}
