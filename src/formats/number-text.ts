// Numbers as they appear in the text of a file. Much of the world writes a decimal comma
// ("12,5"; French, Spanish, Portuguese and German exports, usually ';'-separated); Lastmile
// accepts it where the project says `"decimal": ","` and never guesses it silently.

/** A number with a decimal comma and no thousands separator: "12,5", "-3,25". RE2-compatible, so DuckDB uses it too. */
export const DECIMAL_COMMA_PATTERN = '^[+-]?[0-9]+,[0-9]+$';

const DECIMAL_COMMA = new RegExp(DECIMAL_COMMA_PATTERN);
const DECIMAL_POINT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/** True for text that is a number: "12", "-3.25", "1e6", and with `decimalComma` also "12,5". */
export function isNumberText(text: string, decimalComma = false): boolean {
  const t = text.trim();
  return DECIMAL_POINT.test(t) || (decimalComma && DECIMAL_COMMA.test(t));
}

/** The number a text holds (a decimal comma read as a point when `decimalComma`), else NaN. */
export function parseNumberText(text: string, decimalComma = false): number {
  const t = text.trim();
  if (decimalComma && DECIMAL_COMMA.test(t)) return Number(t.replace(',', '.'));
  return DECIMAL_POINT.test(t) ? Number(t) : NaN;
}

/** How the numbers of one column are written: decimal commas, decimal points, whole numbers only, or not numbers. */
export function numberStyle(values: readonly (string | null)[]): 'comma' | 'point' | 'integer' | 'text' | 'empty' {
  let comma = false;
  let point = false;
  let any = false;
  for (const v of values) {
    if (v === null || v.trim() === '') continue;
    any = true;
    const t = v.trim();
    if (INTEGER.test(t)) continue;
    if (DECIMAL_COMMA.test(t)) comma = true;
    else if (DECIMAL_POINT.test(t)) point = true;
    else return 'text';
  }
  if (!any) return 'empty';
  if (comma && point) return 'text';
  return comma ? 'comma' : point ? 'point' : 'integer';
}

/** Rows looked at to decide whether a file writes decimal commas (the app's sample size). */
export const DECIMAL_SAMPLE_ROWS = 200;

/**
 * Whether a file writes decimal commas, from its first rows column by column: some column
 * holds numbers like "12,5" and none holds numbers like "12.5". The app's dialog and the
 * loaders (a project without a `decimal` key) decide with this one rule.
 */
export function writesDecimalCommas(columns: readonly (readonly (string | null)[])[]): boolean {
  const styles = columns.map(numberStyle);
  return styles.includes('comma') && !styles.includes('point');
}
