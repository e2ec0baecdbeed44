/** The report in lasting formats: EPUB checked by EPUBCheck, plain text, one printable page. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { epubcheckJar } from '../../scripts/ensure-test-tools.ts';

const site = inject('exampleSite');
const book = join(site, 'greater-cambridge-2019/report/report.epub');

describe('the report of the finished example', () => {
  it('is a valid EPUB 3 according to EPUBCheck', () => {
    const output = execFileSync('java', ['-jar', epubcheckJar, book], { encoding: 'utf8', stdio: 'pipe' });
    expect(output).toContain('No errors or warnings detected.');
  });

  it('holds every chapter, in order, with the mimetype stored first', () => {
    const bytes = readFileSync(book);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0); // stored, not compressed
    const files = unzipSync(new Uint8Array(bytes));
    const nav = strFromU8(files['EPUB/nav.xhtml']!);
    expect([...nav.matchAll(/<li><a href="[^"]+">([^<]+)<\/a><\/li>/g)].map((m) => m[1])).toEqual(['Introduction', 'What members recommended', 'What members thought']);
    expect(strFromU8(files['EPUB/chapter-03.xhtml']!)).toContain('<blockquote><p>Be brave, be bold, and take action.</p></blockquote>');
  });

  it('reads well as plain text', () => {
    const text = readFileSync(join(site, 'greater-cambridge-2019/report/report.txt'), 'utf8');
    expect(text.split('\n').filter((line) => !line.includes('http')).every((line) => line.length <= 72)).toBe(true);
    expect(text).toContain('3. What members thought\n=======================\n\nMembers\' key message to the Greater Cambridge Partnership\'s Executive\nBoard was:\n\n    Be brave, be bold, and take action.\n');
  });
});
