// Guessing a file's code for "not reported" from its first rows: a column of counts or
// amounts whose negative values are all one number (-9, -1, -99) almost certainly uses it as
// a code, since a real negative figure would vary. The planner confirms it in the dialog.
import { isNumeric, numbersOf, type SampleRows } from './role-columns.ts';

/** Codes to propose (ascending): each column's only negative value, when it has exactly one distinct negative value and some non-negative values. */
export function proposeMissingCodes(sample: SampleRows, columns: readonly string[], decimalComma: boolean): number[] {
  const codes = new Set<number>();
  for (const column of columns) {
    if (!isNumeric(sample, column, decimalComma)) continue;
    const values = numbersOf(sample, column, decimalComma).filter(Number.isFinite);
    const negatives = new Set(values.filter((v) => v < 0));
    // Coordinates and differences go negative with many values; one repeated value is a code.
    if (negatives.size === 1 && values.some((v) => v >= 0)) codes.add([...negatives][0]!);
  }
  return [...codes].sort((a, b) => a - b);
}
