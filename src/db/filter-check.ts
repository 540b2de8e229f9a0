// A layer's `where` that keeps no row — or fewer than a tenth of the file — is almost always a
// value spelt differently from the file ("Fixed" for "fixed", "2023 Q4" for "2023Q4"), and
// without a word every figure becomes 0 or "—" (issue #18). This check names the filter, how
// many rows it keeps, and the values each filtered column holds in the whole file.
import type { Issue } from '../core/report.ts';
import type { WhereFilter } from '../core/project/types.ts';
import type { Db } from './db.ts';
import { ident, whereEquals, type Sql } from './sql.ts';

/** Values listed per column before "…"; the most frequent first. */
const VALUES_SHOWN = 12;

/** Rows in `table` and rows its filter keeps: one row {total, kept}. */
export function filterKeepsSql(table: string, where: WhereFilter): Sql {
  const w = whereEquals(where);
  return { text: `SELECT count(*)::INTEGER AS total, count(*) FILTER (${w.text})::INTEGER AS kept FROM ${ident(table)}`, params: w.params };
}

/** The distinct values of `column` over the whole table (as text), most frequent first, with how many there are in all (n_values). */
export function columnValuesSql(table: string, column: string, limit = VALUES_SHOWN): Sql {
  const v = `CAST(${ident(column)} AS VARCHAR)`;
  return {
    text: `SELECT ${v} AS v, count(*)::INTEGER AS n, count(*) OVER ()::INTEGER AS n_values FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL GROUP BY ${v} ORDER BY n DESC, v LIMIT ?`,
    params: [limit],
  };
}

/** An issue when `where` keeps no row or under a tenth of `table`'s rows; none otherwise. */
export async function checkFilter(db: Db, table: string, file: string, where: WhereFilter | undefined): Promise<Issue[]> {
  if (!where || Object.keys(where).length === 0) return [];
  const keeps = filterKeepsSql(table, where);
  const [row] = await db.query(keeps.text, keeps.params);
  return filterIssues(db, table, file, where, Number(row?.total ?? 0), Number(row?.kept ?? 0));
}

/**
 * The same, once the rows in the table (`total`) and those `where` keeps (`kept`) are counted
 * (src/db/table-checks.ts counts them with the other checks); the values each filtered column
 * holds are read only when there is something to warn about.
 */
export async function filterIssues(db: Db, table: string, file: string, where: WhereFilter, total: number, kept: number): Promise<Issue[]> {
  if (total === 0 || kept * 10 >= total) return [];
  const filter = Object.entries(where).map(([c, v]) => `${c} = ${JSON.stringify(String(v))}`).join(' and ');
  const present: string[] = [];
  // The same listing without words, for the UI to quote in any language: "network_type": "fixed", "mobile"; … (16).
  const held: string[] = [];
  for (const column of Object.keys(where)) {
    const values = columnValuesSql(table, column);
    const rows = await db.query(values.text, values.params);
    const all = Number(rows[0]?.n_values ?? 0);
    const listed = rows.map((r) => JSON.stringify(String(r.v))).join(', ');
    present.push(`"${column}" holds ${all === 0 ? 'no value' : listed}${all > rows.length ? ` … (${all} values)` : ''}`);
    held.push(`"${column}": ${all === 0 ? '—' : listed}${all > rows.length ? ` … (${all})` : ''}`);
  }
  const n = (x: number) => x.toLocaleString('en');
  const values = { filter, kept, total, share: kept / total, held: held.join('; ') };
  if (kept === 0) return [{ file, reason: `the filter ${filter} matches no row of ${n(total)}, so every figure from this layer is empty: ${present.join('; ')}. Check the spelling of the value in "where".`, code: 'filterNone', values }];
  return [{ file, reason: `the filter ${filter} keeps ${n(kept)} of ${n(total)} rows (${((kept / total) * 100).toFixed(1)} %), under a tenth of the file: ${present.join('; ')}. Is that the filter you meant?`, code: 'filterFew', values }];
}
