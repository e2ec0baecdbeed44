/** CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, quote or line break. */

export type Cell = string | number | boolean | undefined | null;

function field(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
