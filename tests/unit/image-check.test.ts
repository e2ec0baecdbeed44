/**
 * What the check refuses in an image (issue 15, templates/lib/config/image-check.ts), each rule with
 * input that meets it and input that misses it: a file that is not an image, is damaged or is named
 * as another type, an SVG that runs code or fetches another file, and a logo given as a web address.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFileProblem, imageTypeOf, logoProblem, svgHazard } from '../../templates/lib/config/image-check.ts';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

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
