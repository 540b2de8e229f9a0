// CSV text (RFC 4180) for exports. Numbers are written to 12 significant digits: more than
// any census count or speed test supports, and stable across JavaScript engines (Node and
// Chromium's Math.log can differ in the last bit, which full precision would expose as
// different files from the same data). Missing values are blank.

/** Significant digits written for a number. */
export const CSV_DIGITS = 12;

export type Cell = string | number | null | undefined;

/** One CSV field: blank for missing/NaN, quoted when it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(CSV_DIGITS))) : '';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole CSV document with a header row, lines ending in \n. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields, header has ${header.length}`);
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}
