/**
 * Writing the site without ever leaving half an output: the build goes to a fresh folder beside the
 * output, which replaces the old output only once it is complete.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A new, empty folder next to `outDir` for the build to write into. */
export function stagingDir(outDir: string): string {
  const dir = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Swap the finished staging folder into place; the old output is removed only after. */
export function replaceOutput(staging: string, outDir: string): void {
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous-${process.pid}`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Moves a few finished files and folders from `staging` into the same places in `outDir`, each with
 * one rename (a folder already there is moved aside first), then removes the staging folder and
 * what was replaced. For a build that changes a small part of an output.
 */
export function moveInto(staging: string, outDir: string, entries: readonly string[]): void {
  const replaced = join(staging, '.replaced');
  mkdirSync(replaced);
  entries.forEach((entry, i) => {
    const target = join(outDir, entry);
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) renameSync(target, join(replaced, String(i)));
    renameSync(join(staging, entry), target);
  });
  discard(staging);
}
