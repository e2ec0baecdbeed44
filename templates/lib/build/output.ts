/**
 * Writing the site without ever leaving half an output: the build goes to a fresh folder beside the
 * output, which replaces the old output only once it is complete.
 */
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * A copy of `from` in the empty folder `to` made of hard links: instant, and safe as long as a
 * changed file is written as a new file (see replaceFile) rather than over the linked one.
 */
export function linkCopy(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    linkSync(join(from, file), join(to, file));
  }
}

/** Writes `content` as a new file, leaving any other link to the old one as it was. */
export function replaceFile(path: string, content: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, content);
}
