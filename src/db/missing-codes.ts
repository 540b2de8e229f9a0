// Codes that a file uses for "not reported" (-9, -1, 9999…), declared on a layer as `missing`:
// once the table is loaded, every value equal to one of them becomes NULL in the layer's
// number columns, so that sums, rates and the checks treat it as the missing value it is
// (issue #18: a -9 flooded the checks with hundreds of "is negative" lines). Each column is
// reported once, with how many values it lost, never once per row.
import type { CheckCode, Issue, IssueValues } from '../core/report.ts';
import type { Db, SqlValue } from './db.ts';
import { ident, type Sql } from './sql.ts';

const IS_CODE = (c: string, codes: readonly number[]) => `TRY_CAST(${ident(c)} AS DOUBLE) IN (${codes.map(() => '?').join(', ')})`;

/** How many values of each column equal one of `codes` (as numbers: "-9" and "-9.0" both match); one row, columns n0, n1, …. */
export function missingCodeCountsSql(table: string, columns: readonly string[], codes: readonly number[]): Sql {
  const counts = columns.map((c, i) => `count(*) FILTER (WHERE ${IS_CODE(c, codes)})::INTEGER AS n${i}`);
  return { text: `SELECT ${counts.join(', ')} FROM ${ident(table)}`, params: columns.flatMap(() => codes) };
}

/** The UPDATE turning those values into NULL. */
export function blankMissingCodesSql(table: string, columns: readonly string[], codes: readonly number[]): Sql {
  const sets = columns.map((c) => `${ident(c)} = CASE WHEN ${IS_CODE(c, codes)} THEN NULL ELSE ${ident(c)} END`);
  return { text: `UPDATE ${ident(table)} SET ${sets.join(', ')}`, params: columns.flatMap(() => codes) as SqlValue[] };
}

/** Blanks `codes` in `columns` of `table` (read from `file`); one issue per column that held any. */
export async function blankMissingCodes(db: Db, table: string, file: string, columns: readonly string[], codes: readonly number[]): Promise<Issue[]> {
  if (columns.length === 0 || codes.length === 0) return [];
  const count = missingCodeCountsSql(table, columns, codes);
  const [row] = await db.query(count.text, count.params);
  const issues: Issue[] = [];
  columns.forEach((column, i) => {
    const n = Number(row?.[`n${i}`] ?? 0);
    if (n > 0) {
      const reason = `${n.toLocaleString('en')} value${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} ${codeList(codes)}, the file's code for “not reported”: counted as missing`;
      issues.push({ file, column, reason, ...codedList(n, codes) });
    }
  });
  if (issues.length) {
    const blank = blankMissingCodesSql(table, columns, codes);
    await db.query(blank.text, blank.params);
  }
  return issues;
}

/** The same as a code and values: one missing-value code, or several ("-9, 99" and the last). */
function codedList(count: number, codes: readonly number[]): { code: CheckCode; values: IssueValues } {
  if (codes.length === 1) return { code: 'missingCode', values: { count, codes: String(codes[0]) } };
  return { code: 'missingCodes', values: { count, codes: codes.slice(0, -1).join(', '), last: String(codes[codes.length - 1]) } };
}

/** "-9" or "-9 or 9999". */
function codeList(codes: readonly number[]): string {
  return codes.length === 1 ? String(codes[0]) : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`;
}
