/**
 * Images the site shows must be local files that really are images of a kind every browser shows
 * (issue 15, G-privacy): a web address would make every visitor's browser contact another host,
 * and an SVG can carry scripts or fetch other files when it is drawn.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { imageSize } from 'image-size';
import { isHttpsUrl } from '../../schema/primitives.ts';
import { staysInside } from './source-files.ts';

export const imageTypes = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'] as const;

/** The image type the bytes hold, by their signature; undefined when they are not an image we show. */
export function imageTypeOf(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 12) === 'ftypavif') return 'avif';
  const text = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

/** What in an SVG could run code or reach another host when it is drawn; undefined when nothing. */
export function svgHazard(svg: string): string | undefined {
  if (/<script[\s>/]/i.test(svg)) return 'holds a script';
  if (/\son[a-z]+\s*=/i.test(svg)) return 'holds an event handler (an on...= attribute)';
  if (/<foreignObject[\s>/]/i.test(svg)) return 'holds web-page content (a foreignObject)';
  if (/<!ENTITY/i.test(svg)) return 'declares entities';
  if (/@import/i.test(svg)) return 'imports a style sheet';
  if (/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)/i.test(svg)) return 'links to another file (an href that does not start with #)';
  if (/url\(\s*["']?\s*(?!#)/i.test(svg)) return 'refers to another file in a url(...)';
  return undefined;
}

/** Whether the image's width and height can be read, as the build's image pipeline must. */
function hasSize(bytes: Uint8Array): boolean {
  try {
    // A copy with a buffer of its own: a small file read by Node shares a larger buffer, past the
    // end of which the reader would otherwise go on reading other bytes.
    const { width, height } = imageSize(new Uint8Array(bytes));
    return Boolean(width && height);
  } catch {
    return false;
  }
}

/** Whether the file extension matches the type found in the bytes. */
function extensionMatches(name: string, type: string): boolean {
  const extension = extname(name).slice(1).toLowerCase();
  return extension === type || (type === 'jpeg' && extension === 'jpg');
}

/** What is wrong with the image at `path` (already known to exist), or undefined. */
export function imageFileProblem(path: string, written: string): string | undefined {
  if (!statSync(path).isFile()) return `"${written}" is a folder, not an image.`;
  const bytes = readFileSync(path);
  const type = imageTypeOf(bytes);
  const allowed = 'PNG, JPEG, GIF, WebP, AVIF or SVG';
  if (!type) return `"${written}" is not an image of a type browsers show (${allowed}). Export it again as one of those.`;
  if (!extensionMatches(written, type)) return `"${written}" holds a ${type.toUpperCase()} image, but its name ends otherwise. Rename it to end in .${type === 'jpeg' ? 'jpg' : type}.`;
  if (type !== 'svg' && !hasSize(bytes)) return `"${written}" is damaged or incomplete: its size cannot be read, so the build would stop. Export or download it again.`;
  if (type === 'svg') {
    const hazard = svgHazard(bytes.toString('utf8'));
    if (hazard) return `The SVG "${written}" ${hazard}, which could run code or contact another website when a page shows it. Export it again as a plain drawing (or as a PNG).`;
  }
  return undefined;
}

/** What is wrong with the logo `file` of the assembly in `dir`, or undefined. */
export function logoProblem(dir: string, file: string): string | undefined {
  if (isHttpsUrl(file)) {
    return "The logo must be a file in this assembly's folder, such as files/logo.svg: an image from another website would make every visitor's browser contact it. Download it into files/ and write its path here.";
  }
  try {
    // A missing file, or a link out of the folder, is reported with every other such link.
    return staysInside(dir, join(dir, file)) ? imageFileProblem(join(dir, file), file) : undefined;
  } catch {
    return undefined;
  }
}
