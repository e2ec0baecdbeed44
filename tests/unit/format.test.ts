/**
 * How dates, times, money, sizes and organisers' text are shown (templates/lib/site/format.ts). The
 * sentences pages build from the data must read true: each rule has an example that meets it and one
 * that would break it.
 */
import { describe, expect, it } from 'vitest';
import { clock, countText, formatBytes, formatDate, formatMoney, inSentence, listText, paragraphs, sentence, sentences } from '../../templates/lib/site/format.ts';

describe('format', () => {
  it('writes dates and times the GOV.UK way', () => {
    expect(formatDate('2019-09-07')).toBe('7 September 2019');
    expect(clock(new Date('2019-09-07T09:00:00Z'), 'Europe/London')).toBe('10am');
    expect(clock(new Date('2019-09-07T15:30:00Z'), 'Europe/London')).toBe('4:30pm');
    expect(clock(new Date('2019-09-07T11:00:00Z'), 'Europe/London')).toBe('midday');
    expect(formatDate('2020-08')).toBe('August 2020');
  });
  it('writes money, sizes and paragraphs', () => {
    expect(formatMoney(60000, 'GBP')).toBe('£60,000');
    expect(formatBytes(2_300_000)).toBe('2.2 MB');
    expect(paragraphs('One\nline.\n\nTwo.')).toEqual(['One line.', 'Two.']);
  });
});

describe('sentences from organisers\' text', () => {
  it('read lists as "A, B and C"', () => {
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B'])).toBe('A and B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listText(['A', 'B'], 'or')).toBe('A or B');
  });
  it('end every sentence with exactly one stop, never doubled', () => {
    expect(sentence('members were paid')).toBe('Members were paid.');
    expect(sentence('Members were paid.')).toBe('Members were paid.');
    expect(sentence('Was it fair?')).toBe('Was it fair?');
    expect(sentence('trailing comma,')).toBe('Trailing comma.');
    expect(sentence('He said "yes."')).toBe('He said "yes."');
    expect(sentences('Not streamed', 'To protect members.', undefined, '')).toBe('Not streamed. To protect members.');
  });
  it('count things with the right plural', () => {
    expect(countText(1, 'session')).toBe('1 session');
    expect(countText(1200, 'session')).toBe('1,200 sessions');
    expect(countText(2, 'piece of evidence', 'pieces of evidence')).toBe('2 pieces of evidence');
  });
  it('lower-case only a leading article inside a sentence, never a name', () => {
    expect(inSentence('The UK Government')).toBe('the UK Government');
    expect(inSentence('An independent evaluator')).toBe('an independent evaluator');
    expect(inSentence('Riverside District Council')).toBe('Riverside District Council');
  });
});
