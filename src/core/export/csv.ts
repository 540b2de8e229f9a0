// CSV text (RFC 4180) for every file Lastmile writes — the CLI's outputs and the app's
// exports go through csvField, so two rules hold everywhere:
//
// Numbers. A value read from a file (a published figure, `asRead`) is written in full: the
// shortest text that reads back as the same number. A whole number is written in full. Any
// other computed number is written to 12 significant digits: more than any census count or
// speed test supports, and stable across JavaScript engines (Node and Chromium's Math.log can
// differ in the last bit, which full precision would expose as different files from the same
// data). Missing values are blank.
//
// Formulas. A spreadsheet runs a cell that starts with =, +, -, @, tab or carriage return as
// a formula (a district named `=HYPERLINK(…)` would become a link, or worse). Such text gets a
// leading apostrophe, OWASP's rule (owasp.org/www-community/attacks/CSV_Injection), which
// spreadsheets show as text; text that is a plain number ("-3.5", "+254") is left as it is.

/** Significant digits written for a computed number that is not whole. */
export const CSV_DIGITS = 12;

/** A number read from a file, written exactly as read (in full), never rounded. */
export interface AsRead {
  readonly asRead: number;
}

export type Cell = string | number | AsRead | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A read value for `csvField`: written in full. */
export function asRead(value: number): AsRead {
  return { asRead: value };
}

/** A computed number as written: whole numbers in full, others to 12 significant digits; null for NaN/±Infinity. */
export function roundComputed(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return Number.isInteger(value) ? value : Number(value.toPrecision(CSV_DIGITS));
}

/** Text a spreadsheet will not run: a leading apostrophe before =, +, -, @, tab or CR, unless the text is a plain number. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/** One CSV field: blank for missing/NaN, formulas neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Number.isFinite(value.asRead) ? String(value.asRead) : '';
  if (typeof value === 'number') {
    const n = roundComputed(value);
    return n === null ? '' : String(n);
  }
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
