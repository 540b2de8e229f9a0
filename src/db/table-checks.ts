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
import { filterIssues, filterKeepsSql } from './filter-check.ts';
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

/**
 * Runs the checks on `table` (loaded from `file`); issues ordered by check, then by line.
 * `breakpoints` are the table's line breakpoints when the caller holds them (TableLoad.lines),
 * so they need not be read back; without them they are asked of DuckDB.
 */
export async function checkTable(db: Db, table: string, file: string, checks: TableChecks, breakpoints?: readonly LineBreakpoint[] | null): Promise<Issue[]> {
  const lines = breakpoints === undefined ? await rowLines(db, table) : linesOf(breakpoints);
  const max = checks.maxIssues ?? 20;
  const where = checks.where && Object.keys(checks.where).length > 0 ? checks.where : null;
  const all = tableChecks(table, checks);
  if (all.length === 0 && !where) return [];
  const query = checksQuery(table, checks, max);
  const rows = await db.query(query.text, query.params);
  // The filter's row (k = -1) first: its warning leads the issues, as it always has.
  const keeps = rows.find((row) => Number(row.k) === -1);
  const issues: Issue[] = where ? await filterIssues(db, table, file, where, Number(keeps?.total ?? 0), Number(keeps?.kept ?? 0)) : [];
  all.forEach((check, k) => {
    const mine = rows.filter((row) => Number(row.k) === k);
    for (const row of mine) issues.push({ file, row: lines.of(Number(row.r)), column: check.column, reason: check.reason(row, lines), ...check.coded(row, lines) });
    const more = Number(mine[0]?.n ?? 0) - mine.length;
    if (more > 0) issues.push({ file, column: check.column, reason: `…and ${more} more row${more === 1 ? '' : 's'} like these`, code: 'moreRows', values: { count: more } });
  });
  return issues;
}

/**
 * Every check of `table` in one query (issue #18: Kenya's checks were dozens of round trips to
 * the DuckDB worker): each check's first `max` rows tagged with its number k, columns matched
 * by name (a check without column b gets NULL there), and — when the layer has a filter — one
 * row k = -1 with the rows in the table (total) and the rows the filter keeps (kept).
 * Ordered by k, then row.
 */
export function checksQuery(table: string, checks: TableChecks, max: number): Sql {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (checks.where && Object.keys(checks.where).length > 0) {
    const keeps = filterKeepsSql(table, checks.where);
    parts.push(`(SELECT -1 AS k, total, kept FROM (${keeps.text}))`);
    params.push(...keeps.params);
  }
  tableChecks(table, checks).forEach((check, k) => {
    parts.push(`(SELECT ${k} AS k, * FROM (${check.sql.text} ORDER BY r LIMIT ?))`);
    params.push(...check.sql.params, max);
  });
  return { text: `SELECT * FROM (${parts.join(' UNION ALL BY NAME ')}) ORDER BY k, r`, params };
}

/** The SQL of each check, for `table` (exported for tests of the exact text). */
export function tableChecks(table: string, checks: TableChecks): TableCheck[] {
  const where = whereEquals(checks.where ?? {});
  // Values bound in the order their placeholders appear: the selected columns' (the decimal
  // comma pattern) before the filter's. The filter's came first until issue #18's batched
  // checks showed it: under a `where`, "not a number" was never reported.
  const select = (columns: string, condition: string, columnParams: readonly SqlValue[] = []): Sql => ({
    text: `SELECT rowid::INTEGER AS r, ${columns}, count(*) OVER ()::INTEGER AS n FROM ${ident(table)} ${where.text ? `${where.text} AND` : 'WHERE'} ${condition}`,
    params: [...columnParams, ...where.params],
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
  if (Number(exists[0]?.n) === 0) return linesOf(null);
  const rows = await db.query(`SELECT "row"::INTEGER AS "row", line::INTEGER AS line FROM ${ident(linesTable(table))} ORDER BY "row"`);
  return linesOf(rows.map((r) => ({ row: Number(r.row), line: Number(r.line) })));
}

/** Rows named by line from `breakpoints`, or by number (1-based) when there are none (null). */
function linesOf(breakpoints: readonly LineBreakpoint[] | null): RowLines {
  if (breakpoints === null) return { unit: 'row', of: (rowid) => rowid + 1 };
  return { unit: 'line', of: (rowid) => lineOfRow(breakpoints, rowid) };
}
