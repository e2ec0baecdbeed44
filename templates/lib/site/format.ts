/** How dates, times, money, sizes and text are shown on the site. Plain, British, unambiguous. */
import { dateTimeFormat, numberFormat } from '../intl-formats.ts';
import { messagesFor, type Messages } from '../i18n/translate.ts';

const english = messagesFor('en-GB');

/** "7 September 2019"; a month alone (2020-08) reads "August 2020". */
export function formatDate(isoDate: string, language = 'en-GB'): string {
  if (/^\d{4}-\d{2}$/.test(isoDate)) {
    const [y, m] = isoDate.split('-').map(Number) as [number, number];
    return dateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  }
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "Saturday 7 September 2019", without the comma some locales put after the weekday. */
export function dayLabel(instant: Date, zone: string, language = 'en-GB'): string {
  const weekday = dateTimeFormat(language, { weekday: 'long', timeZone: zone }).format(instant);
  const date = dateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).format(instant);
  return `${weekday} ${date}`;
}

/** GOV.UK style: 10am, 4:30pm, midday; in Welsh 10yb, 4:30yh, canol dydd. */
export function clock(instant: Date, zone: string, messages: Messages = english): string {
  const parts = dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).formatToParts(instant);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  if (hour === 12 && minute === '00') return messages.text('time.midday');
  if (hour === 0 && minute === '00') return messages.text('time.midnight');
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return messages.text(hour < 12 ? 'time.am' : 'time.pm', { hour: minute === '00' ? `${h12}` : `${h12}:${minute}` });
}

export function formatMoney(amount: number, currency: string, language = 'en-GB'): string {
  return numberFormat(language, { style: 'currency', currency, maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
}

export function formatNumber(value: number, language = 'en-GB'): string {
  return numberFormat(language).format(value);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "files/report.pdf" → "PDF". */
export function formatFromPath(path: string): string | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(new URL(path, 'https://x.invalid/').pathname);
  return match ? match[1]!.toUpperCase() : undefined;
}

/**
 * "A", "A and B", "A, B and C": lists read as an English sentence does (no Oxford comma, as
 * GOV.UK writes). `or` for alternatives.
 */
export function listText(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * Organisers' text placed inside a sentence: a leading "The", "A" or "An" is lower-cased ("funded
 * by the UK Government"); anything else is left alone, as it may be a name.
 */
export function inSentence(text: string): string {
  return text.replace(/^(The|A|An) /, (word) => word.toLowerCase());
}

/** "1 session", "3 sessions"; `plural` for irregular words. */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A sentence built from the organisers' text: trimmed, with a capital letter and exactly one full
 * stop (or their own ! or ?), so joining fields never gives "..", ". ." or a missing stop.
 */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]["'”’)]?$/.test(capital) ? capital : `${capital.replace(/[,;:]$/, '')}.`;
}

/** Sentences joined with single spaces, empty ones left out. */
export function sentences(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map(sentence).join(' ');
}

/** Long text fields are written with blank lines between paragraphs. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
