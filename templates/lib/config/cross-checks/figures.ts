/** Figures and dates as they survive a partial parse, for the checks that compare them. */

/** A figure: exact, approximate, a range, a floor, or not published. */
export type LooseFigure = number | string | { about?: number } | { between?: Array<number | undefined> } | { more_than?: number } | undefined;

/** The lowest and highest values a figure allows; undefined when unknown. */
export function bounds(value: LooseFigure): [number, number] | undefined {
  if (typeof value === 'number') return [value, value];
  if (!value || typeof value !== 'object') return undefined;
  if ('about' in value && typeof value.about === 'number') return [value.about, value.about];
  if ('between' in value && value.between?.every((n) => typeof n === 'number')) {
    const [a, b] = value.between as [number, number];
    return [Math.min(a, b), Math.max(a, b)];
  }
  if ('more_than' in value && typeof value.more_than === 'number') return [value.more_than, Number.POSITIVE_INFINITY];
  return undefined;
}

export const exact = (value: LooseFigure) => (typeof value === 'number' ? value : undefined);

/** A figure in words for a message: "24", "about 24", "between 20 and 24", "more than 20". */
export const shown = (value: LooseFigure) => {
  if (typeof value === 'number') return String(value);
  const b = bounds(value);
  if (!b) return 'this figure';
  return b[0] === b[1] ? `about ${b[0]}` : b[1] === Number.POSITIVE_INFINITY ? `more than ${b[0]}` : `between ${b[0]} and ${b[1]}`;
};

export const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Shares may be rounded: a total within this of 100 counts as 100. */
export const shareTolerance = 1;

export const round = (n: number) => Math.round(n * 10) / 10;
