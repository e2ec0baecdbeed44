import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../templates/lib/data/csv.ts';

describe('toCsv', () => {
  it('quotes what needs quoting and round-trips through a real parser', () => {
    const rows = [['plain', 'with, comma', 'with "quotes"', 'two\nlines', 3, true, undefined]];
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows);
    expect(text).toBe('a,b,c,d,e,f,g\r\nplain,"with, comma","with ""quotes""","two\nlines",3,true,\r\n');
    expect(parse(text)).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['plain', 'with, comma', 'with "quotes"', 'two\nlines', '3', 'true', '']]);
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers as numbers', () => {
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], [['=HYPERLINK("https://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', 'plain - text', -5, 0.25]]);
    const [, row] = parse(text) as string[][];
    expect(row).toEqual(["'=HYPERLINK(\"https://evil.example\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTab", 'plain - text', '-5', '0.25']);
  });

  it('neutralises a formula after a carriage return', () => {
    expect(toCsv(['a'], [['\r=1+1']])).toBe('a\r\n"\'\r=1+1"\r\n');
  });
});
