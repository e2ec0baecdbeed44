/**
 * What the check refuses in any file or field (issue 15), each rule with input that meets it and
 * input that misses it: text's characters and length, encodings, links out of the folder, images,
 * dates and times that exist, and web addresses.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFileProblem, imageTypeOf, logoProblem, svgHazard } from '../../templates/lib/config/image-check.ts';
import { decodeText, linksLeavingFolder, staysInside } from '../../templates/lib/config/source-files.ts';
import { longestText, longestTitle, textProblem, unshowableCharacter } from '../../templates/lib/config/text-rules.ts';
import { isRealDateTime, webAddressFault } from '../../templates/schema/primitives.ts';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('characters in text', () => {
  it('accepts tabs, line breaks (Windows ones too), accents, emoji and right-to-left text', () => {
    for (const text of ['a\tb', 'a\nb', 'a\r\nb', 'Ynys Môn ŵ ŷ', 'fàilte', '👩🏽‍🔬 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'مرحبا', 'שלום']) expect(unshowableCharacter(text), text).toBeUndefined();
  });

  it('refuses control characters, a lone carriage return and half a character, saying which', () => {
    expect(unshowableCharacter('a\u0007b')).toEqual({ index: 1, code: 'U+0007' });
    expect(unshowableCharacter('Day 1\rATTENDEE')).toEqual({ index: 5, code: 'U+000D' });
    expect(unshowableCharacter('a\u001b[31m')?.code).toBe('U+001B');
    expect(unshowableCharacter('a\u007f')?.code).toBe('U+007F');
    expect(unshowableCharacter('a\uD800b')?.code).toBe('U+D800');
    expect(unshowableCharacter('a\uDC00b')?.code).toBe('U+DC00');
    expect(textProblem('a\uD800', ['summary'])).toMatch(/half of a character/);
    expect(textProblem('a\u0000', ['summary'])).toMatch(/control character \(U\+0000\)/);
  });

  it('limits titles and names to 300 characters, and other text to 10,000', () => {
    expect(textProblem('x'.repeat(longestTitle), ['sessions', 0, 'title'])).toBeUndefined();
    expect(textProblem('x'.repeat(longestTitle + 1), ['sessions', 0, 'title'])).toMatch(/301 characters long; a title may have at most 300/);
    expect(textProblem('x'.repeat(longestTitle + 1), ['speakers', 2, 'name'])).toMatch(/a name may have at most 300/);
    expect(textProblem('x'.repeat(longestText), ['remit'])).toBeUndefined();
    expect(textProblem('x'.repeat(longestText + 1), ['remit'])).toMatch(/at most 10,000/);
  });
});

describe('encodings', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from('Môn'))).toEqual({ ok: true, text: 'Môn' });
    expect(decodeText(Buffer.from('\uFEFFMôn'))).toEqual({ ok: true, text: 'Môn' });
  });

  it('refuses Latin-1 and UTF-16, saying to save as UTF-8', () => {
    const latin1 = decodeText(Buffer.from('Môn', 'latin1'));
    expect(latin1.ok).toBe(false);
    expect(!latin1.ok && latin1.message).toMatch(/not saved as UTF-8.*save it with the encoding "UTF-8"/);
    const utf16 = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Môn', 'utf16le')]));
    expect(!utf16.ok && utf16.message).toMatch(/saved as UTF-16/);
  });
});

describe('links out of an assembly folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'links-'));
  const assembly = join(root, 'assembly');
  mkdirSync(join(assembly, 'files'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(root, 'elsewhere', 'secret.txt'), 'secret');
  writeFileSync(join(assembly, 'files', 'real.pdf'), 'pdf');
  symlinkSync('real.pdf', join(assembly, 'files', 'inside.pdf'));
  symlinkSync(join(root, 'elsewhere', 'secret.txt'), join(assembly, 'files', 'outside.pdf'));
  symlinkSync('nothing.pdf', join(assembly, 'files', 'broken.pdf'));
  symlinkSync(join(root, 'elsewhere'), join(assembly, 'linked-folder'));

  it('finds links that leave the folder or lead nowhere, and never walks into a linked folder', () => {
    expect(linksLeavingFolder(assembly)).toEqual([
      { path: 'files/broken.pdf', target: 'nothing.pdf', broken: true },
      { path: 'files/outside.pdf', target: join(root, 'elsewhere', 'secret.txt'), broken: false },
      { path: 'linked-folder', target: join(root, 'elsewhere'), broken: false },
    ]);
  });

  it('tells a file inside the folder from one reached through a link out of it', () => {
    expect(staysInside(assembly, join(assembly, 'files', 'inside.pdf'))).toBe(true);
    expect(staysInside(assembly, join(assembly, 'files', 'outside.pdf'))).toBe(false);
    expect(staysInside(assembly, join(assembly, 'linked-folder', 'secret.txt'))).toBe(false);
  });
});

describe('images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'images-'));
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('knows an image by its bytes, not its name', () => {
    expect(imageTypeOf(png)).toBe('png');
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageTypeOf(Buffer.from('GIF89a'))).toBe('gif');
    expect(imageTypeOf(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(imageTypeOf(Buffer.from('<html><body>not an image</body></html>'))).toBeUndefined();
  });

  it('accepts a plain SVG drawing, with links inside itself', () => {
    expect(svgHazard('<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>')).toBeUndefined();
  });

  it('refuses an SVG that runs code or fetches another file', () => {
    expect(svgHazard('<svg><script>alert(1)</script></svg>')).toMatch(/script/);
    expect(svgHazard('<svg onload="alert(1)"/>')).toMatch(/event handler/);
    expect(svgHazard('<svg><image href="https://tracker.example/p.png"/></svg>')).toMatch(/links to another file/);
    expect(svgHazard('<svg><rect style="fill: url(https://tracker.example/p.svg#a)"/></svg>')).toMatch(/url/);
    expect(svgHazard('<svg><style>@import "https://tracker.example/a.css";</style></svg>')).toMatch(/imports/);
    expect(svgHazard('<svg><foreignObject><div/></foreignObject></svg>')).toMatch(/foreignObject/);
  });

  it('refuses a file that is not an image, is damaged, or is named as another type', () => {
    expect(imageFileProblem(write('good.png', png), 'files/good.png')).toBeUndefined();
    expect(imageFileProblem(write('text.png', 'hello'), 'files/text.png')).toMatch(/not an image/);
    expect(imageFileProblem(write('cut.png', png.subarray(0, 16)), 'files/cut.png')).toMatch(/damaged or incomplete/);
    expect(imageFileProblem(write('named.jpg', png), 'files/named.jpg')).toMatch(/holds a PNG image.*\.png/);
  });

  it('wants the logo as a file of the assembly, never a web address', () => {
    mkdirSync(join(dir, 'files'), { recursive: true });
    writeFileSync(join(dir, 'files', 'logo.png'), png);
    expect(logoProblem(dir, 'files/logo.png')).toBeUndefined();
    expect(logoProblem(dir, 'https://cdn.example.org/logo.png')).toMatch(/must be a file in this assembly's folder/);
  });
});

describe('dates, times and web addresses', () => {
  it('accepts dates and times that exist, with or without an offset', () => {
    for (const value of ['2027-02-28T23:59', '2028-02-29T10:00', '2027-03-06T10:00:59Z', '2027-03-06T10:00+01:00', '2027-03-06']) expect(isRealDateTime(value), value).toBe(true);
  });

  it('refuses ones that do not, rather than rolling them over', () => {
    for (const value of ['2027-02-29T10:00', '2027-02-30T10:00', '2027-04-31', '2027-03-06T24:00', '2027-03-06T25:75', '2027-03-06T10:60', '2027-03-06T10:00+25:00']) expect(isRealDateTime(value), value).toBe(false);
  });

  it('refuses web addresses with a space or a user name and password', () => {
    expect(webAddressFault('https://example.org/have%20your%20say')).toBeUndefined();
    expect(webAddressFault('https://example.org/have your say')).toMatch(/cannot hold a space/);
    expect(webAddressFault('https://admin:secret@example.org/')).toMatch(/user name or password/);
    expect(webAddressFault('https://admin@example.org/')).toMatch(/user name or password/);
    expect(webAddressFault('not an address at all')).toBeUndefined();
  });
});
