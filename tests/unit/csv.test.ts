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
});
