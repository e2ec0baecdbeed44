/**
 * Reading an assembly's own files safely (issue 15): text only as UTF-8, never published with
 * replacement characters; and nothing from outside the assembly's folder, however it is linked.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type TextFile = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text, read as UTF-8 with any byte-order mark dropped. A file in another encoding is
 * refused with what to do, rather than read with its accents turned into replacement characters.
 */
export function readTextFile(path: string): TextFile {
  return decodeText(readFileSync(path));
}

export function decodeText(bytes: Uint8Array): TextFile {
  const saveAsUtf8 = 'Open it in your editor and save it with the encoding "UTF-8".';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `This file is saved as UTF-16, and the generator reads only UTF-8. ${saveAsUtf8}` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return {
      ok: false,
      message: `This file is not saved as UTF-8 (perhaps as Latin-1 or Windows-1252), so its accents and symbols would be shown wrongly. ${saveAsUtf8}`,
    };
  }
}

export interface EscapingLink {
  /** The link, relative to the assembly folder: "files/passwd.pdf". */
  path: string;
  /** Where it points, as written in the link. */
  target: string;
  /** Whether it points to nothing at all. */
  broken: boolean;
}

/**
 * Symbolic links in the assembly folder that lead out of it, or nowhere. Links are never followed
 * while looking, so a link to a folder cannot take the walk elsewhere.
 */
export function linksLeavingFolder(assemblyDir: string): EscapingLink[] {
  const home = realpathSync(assemblyDir);
  const found: EscapingLink[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        if (!inside(home, path)) found.push({ path: relative(assemblyDir, path).split(sep).join('/'), target: readlinkSync(path), broken: !existsSync(path) });
      } else if (stat.isDirectory()) walk(path);
    }
  };
  walk(assemblyDir);
  return found;
}

/** Whether `path`, with every link in it followed, is inside the folder `home` (a real path). */
function inside(home: string, path: string): boolean {
  try {
    const real = realpathSync(path);
    return real === home || real.startsWith(`${home}${sep}`);
  } catch {
    return false; // a link to nothing
  }
}

/** Whether `path` resolves, links followed, to somewhere inside `assemblyDir`. */
export function staysInside(assemblyDir: string, path: string): boolean {
  return inside(realpathSync(assemblyDir), path);
}
