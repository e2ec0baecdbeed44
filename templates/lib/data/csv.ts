/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break. Text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) is
 * prefixed with an apostrophe, as OWASP's CSV-injection guidance advises (issue 15); numbers are
 * written as numbers, so numeric columns, negative figures included, are untouched.
 */

export type Cell = string | number | boolean | undefined | null;

/** Text a spreadsheet would run as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

export function field(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value);
  return /[",\r\n\t]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
