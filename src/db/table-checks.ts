// Checks of a loaded table that DuckDB's reader cannot make: counts below zero, a part larger
// than its whole (women online > women aged 3+), a district twice, text where a number is
// expected (which the engine's TRY_CAST would silently turn into a missing value). Each
// problem names the file's line: delimited tables record their rows' lines at load time in
// `<table>__lines` (src/db/load-table.ts); Parquet rows are named by their number.
import { lineOfRow, type LineBreakpoint } from '../formats/csv-lines.ts';
import { DECIMAL_COMMA_PATTERN } from '../formats/number-text.ts';
import type { CheckCode, Issue, IssueValues } from '../core/report.ts';
import type { WhereFilter } from '../core/project/types.ts';
import type { Db, SqlValue } from './db.ts';
import { checkFilter } from './filter-check.ts';
import { linesTable } from './load-table.ts';
import { ident, whereEquals, type Sql } from './sql.ts';

export interface TableChecks {
  /** The layer's filter: rows the project leaves out are not checked. */
  readonly where?: WhereFilter;
  /** Columns whose values must each appear once (a table's district column, a point layer's id). */
  readonly unique?: readonly string[];
  /** Columns the engine reads as numbers: every non-empty value must be one. */
  readonly numeric?: readonly string[];
  /** Count columns (people, households, tests): none may be negative. */
  readonly counts?: readonly string[];
  /** [part, whole] columns: the part may not exceed the whole (a rate's numerator and denominator). */
  readonly parts?: readonly (readonly [part: string, whole: string])[];
  /** Issues listed per check before the rest are summed up in one line; default 20. */
  readonly maxIssues?: number;
}

/** One check's offending rows: the SQL selecting them (rowid as r, values as a and b) and how to word each. */
export interface TableCheck {
  readonly column: string;
  readonly sql: Sql;
  readonly reason: (row: Row, lines: RowLines) => string;
  /** The reason as a code and the values it quotes, for the UI to word (Issue.code). */
  readonly coded: (row: Row, lines: RowLines) => { readonly code: CheckCode; readonly values: IssueValues };
}
type Row = Record<string, string | number | boolean | null>;

const NUMBER = (c: string) => `TRY_CAST(${ident(c)} AS DOUBLE)`;
const TEXT = (c: string) => `CAST(${ident(c)} AS VARCHAR)`;

/** Runs the checks on `table` (loaded from `file`); issues ordered by check, then by line. */
export async function checkTable(db: Db, table: string, file: string, checks: TableChecks): Promise<Issue[]> {
  const lines = await rowLines(db, table);
  const max = checks.maxIssues ?? 20;
  const issues: Issue[] = await checkFilter(db, table, file, checks.where);
  const all = tableChecks(table, checks);
  if (all.length === 0) return issues;
  // One query for every check of the table (issue #18: Kenya's 39 checks were 39 round trips
  // to the DuckDB worker): each check's first rows, tagged with its number k, columns matched
  // by name (a check without column b gets NULL there).
  const union = all.map((check, k) => `(SELECT ${k} AS k, * FROM (${check.sql.text} ORDER BY r LIMIT ?))`).join(' UNION ALL BY NAME ');
  const rows = await db.query(`SELECT * FROM (${union}) ORDER BY k, r`, all.flatMap((check) => [...check.sql.params, max]));
  all.forEach((check, k) => {
    const mine = rows.filter((row) => Number(row.k) === k);
    for (const row of mine) issues.push({ file, row: lines.of(Number(row.r)), column: check.column, reason: check.reason(row, lines), ...check.coded(row, lines) });
    const more = Number(mine[0]?.n ?? 0) - mine.length;
    if (more > 0) issues.push({ file, column: check.column, reason: `…and ${more} more row${more === 1 ? '' : 's'} like these`, code: 'moreRows', values: { count: more } });
  });
  return issues;
}

/** The SQL of each check, for `table` (exported for tests of the exact text). */
export function tableChecks(table: string, checks: TableChecks): TableCheck[] {
  const where = whereEquals(checks.where ?? {});
  const select = (columns: string, condition: string, params: readonly SqlValue[] = []): Sql => ({
    text: `SELECT rowid::INTEGER AS r, ${columns}, count(*) OVER ()::INTEGER AS n FROM ${ident(table)} ${where.text ? `${where.text} AND` : 'WHERE'} ${condition}`,
    params: [...where.params, ...params],
  });
  const out: TableCheck[] = [];
  for (const c of checks.numeric ?? []) {
    out.push({
      column: c,
      sql: select(`${TEXT(c)} AS a, regexp_full_match(trim(${TEXT(c)}), ?) AS comma`, `trim(${TEXT(c)}) <> '' AND ${NUMBER(c)} IS NULL`, [DECIMAL_COMMA_PATTERN]),
      reason: (r) => `"${r.a}" is not a number, so it counts as missing${r.comma ? '; it has a decimal comma: set "decimal": "," on this layer' : ''}`,
      coded: (r) => ({ code: r.comma ? 'notNumberComma' : 'notNumber', values: { value: String(r.a) } }),
    });
  }
  for (const c of checks.counts ?? []) {
    out.push({ column: c, sql: select(`${TEXT(c)} AS a`, `${NUMBER(c)} < 0`), reason: (r) => `${r.a} is negative; a count cannot be`, coded: (r) => ({ code: 'negative', values: { value: String(r.a) } }) });
  }
  for (const [part, whole] of checks.parts ?? []) {
    out.push({
      column: part,
      sql: select(`${TEXT(part)} AS a, ${TEXT(whole)} AS b`, `${NUMBER(part)} > ${NUMBER(whole)}`),
      reason: (r) => `${r.a} is more than ${JSON.stringify(whole)} (${r.b}) on the same row; a part cannot exceed its whole`,
      coded: (r) => ({ code: 'partExceedsWhole', values: { value: String(r.a), whole, wholeValue: String(r.b) } }),
    });
  }
  for (const c of checks.unique ?? []) {
    // The first row of each value is kept; every later row with the same value is reported.
    const firsts = `(SELECT rowid, ${TEXT(c)} AS a, min(rowid) OVER (PARTITION BY ${TEXT(c)}) AS f FROM ${ident(table)} ${where.text ? `${where.text} AND` : 'WHERE'} ${ident(c)} IS NOT NULL)`;
    out.push({
      column: c,
      sql: { text: `SELECT rowid::INTEGER AS r, a, f::INTEGER AS f, count(*) OVER ()::INTEGER AS n FROM ${firsts} WHERE rowid > f`, params: where.params },
      reason: (r, lines) => `"${r.a}" appears again (first on ${lines.unit} ${lines.of(Number(r.f))}); each value should appear once`,
      coded: (r, lines) => ({ code: lines.unit === 'line' ? 'duplicateValueLine' : 'duplicateValueRow', values: { value: String(r.a), first: lines.of(Number(r.f)) } }),
    });
  }
  return out;
}

/** How rows of a loaded table are named: by the file's line (delimited text, header = line 1) or row number (Parquet, 1-based). */
export interface RowLines {
  readonly unit: 'line' | 'row';
  of(rowid: number): number;
}

/** The line (or row number) of each rowid of `table`, from the breakpoints recorded when it was loaded. */
export async function rowLines(db: Db, table: string): Promise<RowLines> {
  const exists = await db.query('SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = ?', [linesTable(table)]);
  if (Number(exists[0]?.n) === 0) return { unit: 'row', of: (rowid) => rowid + 1 };
  const rows = await db.query(`SELECT "row"::INTEGER AS "row", line::INTEGER AS line FROM ${ident(linesTable(table))} ORDER BY "row"`);
  const breakpoints: LineBreakpoint[] = rows.map((r) => ({ row: Number(r.row), line: Number(r.line) }));
  return { unit: 'line', of: (rowid) => lineOfRow(breakpoints, rowid) };
}
