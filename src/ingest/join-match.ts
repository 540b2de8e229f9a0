// How well a table's district column matches the boundary layer's ids, before anything is
// joined. Matching is exact text: "01001" is not "1001" (FIPS codes, KNBS codes). When the
// ids would match but for leading zeros, spaces or case, the planner is told so, since a
// spreadsheet that turned "01001" into 1001 is the usual cause.
import { guessReason, type CodedText, type GuessCode } from '../core/load-codes.ts';

/** Rows of a sample whose value is a district id (empty values are not counted). */
export interface JoinMatch {
  readonly matched: number;
  readonly total: number;
  /** matched ÷ total, 0–1 (0 when total is 0). */
  readonly rate: number;
  /** Up to 5 distinct values that match no district, in file order. */
  readonly unmatched: string[];
}

/** Counts the values (one per row) equal, as text, to a district id. */
export function joinMatch(values: readonly (string | null)[], districtIds: readonly string[]): JoinMatch {
  const ids = new Set(districtIds);
  let matched = 0;
  let total = 0;
  const unmatched: string[] = [];
  for (const v of values) {
    if (v === null || v === '') continue;
    total++;
    if (ids.has(v)) matched++;
    else if (unmatched.length < 5 && !unmatched.includes(v)) unmatched.push(v);
  }
  return { matched, total, rate: total === 0 ? 0 : matched / total, unmatched };
}

const LOOSENINGS: readonly { readonly key: (v: string) => string; readonly why: string; readonly code: GuessCode }[] = [
  { key: (v) => v.replace(/^0+(?=\d)/, ''), why: 'leading zeros are ignored; they were probably lost (or added) in a spreadsheet: keep the column as text', code: 'nearZeros' },
  { key: (v) => v.trim(), why: 'spaces around them are removed', code: 'nearSpaces' },
  { key: (v) => v.trim().toUpperCase(), why: 'upper and lower case are not told apart', code: 'nearCase' },
];

/** Rows that match a district id only once ids are loosened, with why (for the join column's reasons). */
export function nearMatches(column: string, values: readonly (string | null)[], districtIds: readonly string[]): { readonly rows: number; readonly reasons: CodedText<GuessCode>[] } {
  const exact = new Set(districtIds);
  const reasons: CodedText<GuessCode>[] = [];
  let rows = 0;
  for (const { key, why, code } of LOOSENINGS) {
    const loose = new Map(districtIds.map((id) => [key(id), id]));
    let count = 0;
    let example: [string, string] | undefined;
    for (const v of values) {
      if (v === null || v === '' || exact.has(v)) continue;
      const id = loose.get(key(v));
      if (id === undefined) continue;
      count++;
      example ??= [v, id];
    }
    if (count === 0 || example === undefined) continue;
    rows = Math.max(rows, count);
    const text = `${count} more row${count === 1 ? '' : 's'} of "${column}" would match if ${why} (e.g. "${example[0]}" vs the district id "${example[1]}")`;
    reasons.push(guessReason(code, { count, column, value: example[0], id: example[1] }, text));
  }
  return { rows, reasons };
}

/** A `where` filter (column = value) leaving one row per matched district and fewer unmatched rows. */
export interface WhereSuggestion {
  readonly column: string;
  readonly value: string;
  readonly reason: CodedText<GuessCode>;
}

/** Most distinct values a column may have to be offered as a filter (admin_level, area_type, network_type…). */
const MAX_FILTER_VALUES = 12;

/**
 * Looks for a column and value whose rows keep every district matched by the whole sample,
 * once each, with fewer unmatched rows: a table mixing national, county and sub-county
 * rows (KNBS) needs `where: { admin_level: "county" }`.
 */
export function suggestWhere(sample: readonly Readonly<Record<string, string | null>>[], join: string, districtIds: readonly string[]): WhereSuggestion | undefined {
  const ids = new Set(districtIds);
  const all = profile(sample, join, ids);
  if (all.matched.size === 0 || (all.duplicates === 0 && all.unmatchedRows === 0)) return undefined;
  let best: { column: string; value: string; rows: number; unmatched: number } | undefined;
  for (const column of Object.keys(sample[0] ?? {})) {
    if (column === join) continue;
    const values = new Set(sample.map((r) => r[column]).filter((v): v is string => v !== null && v !== undefined));
    if (values.size < 2 || values.size > MAX_FILTER_VALUES) continue;
    for (const value of values) {
      const rows = sample.filter((r) => r[column] === value);
      const p = profile(rows, join, ids);
      if (p.matched.size < all.matched.size || p.duplicates > 0 || p.unmatchedRows >= all.unmatchedRows + (all.duplicates > 0 ? 1 : 0)) continue;
      if (!best || p.unmatchedRows < best.unmatched || (p.unmatchedRows === best.unmatched && rows.length < best.rows)) {
        best = { column, value, rows: rows.length, unmatched: p.unmatchedRows };
      }
    }
  }
  if (!best) return undefined;
  const dropped = sample.length - best.rows;
  const text =
    `rows with ${best.column} = "${best.value}" give one row per district (${all.matched.size} matched in the sample); ` +
    `the other ${dropped} row${dropped === 1 ? '' : 's'} ${all.duplicates > 0 ? 'repeat districts or ' : ''}match no district`;
  const values = { column: best.column, value: best.value, matched: all.matched.size, count: dropped };
  return { column: best.column, value: best.value, reason: guessReason(all.duplicates > 0 ? 'filterRepeats' : 'filter', values, text) };
}

function profile(rows: readonly Readonly<Record<string, string | null>>[], join: string, ids: ReadonlySet<string>) {
  const matched = new Set<string>();
  let duplicates = 0;
  let unmatchedRows = 0;
  for (const r of rows) {
    const v = r[join];
    if (v === null || v === undefined || !ids.has(v)) unmatchedRows++;
    else if (matched.has(v)) duplicates++;
    else matched.add(v);
  }
  return { matched, duplicates, unmatchedRows };
}
