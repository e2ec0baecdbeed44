/**
 * Figures as they were published: exact, approximate, a range, a floor, or not published at all.
 * Pages say them in words ("about 520,000", "between 1,500 and 1,800") and checks compare them
 * only where a comparison can be true or false.
 */
import { notPublished, type Figure, type NotPublished } from '../../schema/primitives.ts';
import { formatMoney, formatNumber } from './format.ts';
import { messagesFor, type Messages } from '../i18n/translate.ts';

const english = messagesFor('en-GB');

export type Published<T> = T | NotPublished;

export const isNotPublished = (value: unknown): value is NotPublished => value === notPublished;

/** The exact number, when the figure is exact. */
export function exactly(value: Published<Figure> | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The lowest and highest values the figure allows (an "about" figure allows only itself). */
export function bounds(value: Published<Figure> | undefined): [number, number] | undefined {
  if (value === undefined || isNotPublished(value)) return undefined;
  if (typeof value === 'number') return [value, value];
  if ('about' in value) return [value.about, value.about];
  if ('between' in value) return [Math.min(...value.between), Math.max(...value.between)];
  return [value.more_than, Number.POSITIVE_INFINITY];
}

/** One number to draw or divide by: the exact value, the approximate one, or the middle of a range. */
export function estimate(value: Published<Figure> | undefined): number | undefined {
  if (value === undefined || isNotPublished(value)) return undefined;
  if (typeof value === 'number') return value;
  if ('about' in value) return value.about;
  if ('between' in value) return (value.between[0] + value.between[1]) / 2;
  return undefined;
}

/** "110", "about 520,000", "between 1,500 and 1,800", "more than 1,500", with `unit` formatting each number. */
export function figureText(value: Figure, unit: (n: number) => string = (n) => formatNumber(n), messages: Messages = english): string {
  if (typeof value === 'number') return unit(value);
  if ('about' in value) return messages.text('figure.about', { n: unit(value.about) });
  if ('between' in value) return messages.text('figure.between', { low: unit(value.between[0]), high: unit(value.between[1]) });
  return messages.text('figure.more-than', { n: unit(value.more_than) });
}

export function moneyText(money: { amount: Figure; currency: string }): string {
  return figureText(money.amount, (n) => formatMoney(n, money.currency));
}
