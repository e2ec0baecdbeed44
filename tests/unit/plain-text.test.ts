import { describe, expect, it } from 'vitest';
import { markdownToXhtml } from '../../templates/lib/report/epub.ts';
import { markdownToText, plainTextReport, wrap } from '../../templates/lib/report/plain-text.ts';

describe('plain-text report', () => {
  it('wraps at 72 characters without breaking words', () => {
    const text = wrap('word '.repeat(40));
    expect(text.split('\n').every((line) => line.length <= 72)).toBe(true);
    expect(text.replace(/\n/g, ' ')).toBe('word '.repeat(40).trim());
  });
  it('keeps the structure of the Markdown: headings, lists, quotes, links with addresses', () => {
    const text = markdownToText('## The vision\n\nSee [the report](https://x.org/r).\n\n1. one\n2. two\n\n> A quote.\n\n- a\n- b\n');
    expect(text).toBe('The vision\n----------\n\nSee the report (https://x.org/r).\n\n1. one\n2. two\n\n    A quote.\n\n- a\n- b');
  });
  it('drops MDX imports and exports', () => {
    expect(markdownToText("import X from './x.astro';\n\nText.")).toBe('Text.');
  });
  it('makes links relative to the chapter\'s page absolute, as a text file has no page', () => {
    const base = 'https://example.org/gc/report/process/';
    expect(markdownToText('See [the sessions](../../sessions/) and [a note](#note).', base)).toBe('See the sessions (https://example.org/gc/sessions/) and a note (#note).');
    expect(markdownToXhtml('[Sessions](../../sessions/)', base)).toBe('<p><a href="https://example.org/gc/sessions/">Sessions</a></p>');
  });
  it('puts a title, contents and numbered chapters together', () => {
    const text = plainTextReport({ title: 'Report', byline: 'By us.', url: 'https://x.org/report.txt', licence: 'CC0', chapters: [{ title: 'One', body: 'Hello.' }] });
    expect(text).toBe('REPORT\n======\n\nBy us.\n\nThis text version is at https://x.org/report.txt\n\nLicence: CC0.\n\nContents\n--------\n\n1. One\n\n1. One\n======\n\nHello.\n');
  });
});
