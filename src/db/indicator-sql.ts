// SQL builders for indicator inputs. Each returns text plus bound values; tests check the
// exact text and run it against a real DuckDB. Results always come back one row per
// district in boundary order, so they line up with the map without a lookup.
import type { DistrictTable, RateIndicator, ValueIndicator, WhereFilter } from '../core/project/types.ts';
import { DISTRICTS_TABLE } from './districts-table.ts';
import { ident, whereEquals, type Sql } from './sql.ts';

export interface TableRef {
  readonly table: string;
  readonly district: string;
  readonly where?: WhereFilter;
}

/** The reference the SQL builders take for a project table (its name, district column and filter). */
export function tableRef(table: DistrictTable): TableRef {
  return { table: table.name, district: table.district, ...(table.where ? { where: table.where } : {}) };
}

/** Column alias for a group's numerator or denominator sum. */
export function countAlias(group: string, part: 'numerator' | 'denominator' | 'numerator_moe' | 'denominator_moe'): string {
  return `${group}.${part}`;
}

/** `FROM districts LEFT JOIN (filtered table)`: one group per district, in boundary order. */
export function joinedTable(ref: TableRef): Sql {
  const where = whereEquals(ref.where ?? {});
  const text =
    `FROM ${DISTRICTS_TABLE} AS d LEFT JOIN (SELECT * FROM ${ident(ref.table)} ${where.text}) AS t ` +
    `ON CAST(t.${ident(ref.district)} AS VARCHAR) = d.district_id`;
  return { text, params: where.params };
}

/**
 * Per district, the summed numerator and denominator of every group of a rate indicator
 * (as DOUBLE; a district with no matching row gets NULL), plus how many rows matched, and
 * the margins of error of those sums where the indicator declares them.
 */
export function rateCountsSql(indicator: RateIndicator, ref: TableRef): Sql {
  const sums = Object.entries(indicator.rate).flatMap(([group, [num, den]]) => [
    `sum(TRY_CAST(t.${ident(num)} AS DOUBLE)) AS ${ident(countAlias(group, 'numerator'))}`,
    `sum(TRY_CAST(t.${ident(den)} AS DOUBLE)) AS ${ident(countAlias(group, 'denominator'))}`,
  ]);
  // Margins of a sum of independent estimates combine as the root of the sum of squares.
  const margins = Object.entries(indicator.moe ?? {}).flatMap(([group, [num, den]]) => [
    `sqrt(sum(TRY_CAST(t.${ident(num)} AS DOUBLE) ^ 2)) AS ${ident(countAlias(group, 'numerator_moe'))}`,
    `sqrt(sum(TRY_CAST(t.${ident(den)} AS DOUBLE) ^ 2)) AS ${ident(countAlias(group, 'denominator_moe'))}`,
  ]);
  const from = joinedTable(ref);
  return {
    text: `SELECT d.ord, count(t.${ident(ref.district)})::INTEGER AS matched_rows, ${[...sums, ...margins].join(', ')} ${from.text} GROUP BY d.ord ORDER BY d.ord`,
    params: from.params,
  };
}

/** Per district, a published figure taken as it is (NULL if no row matches; several matching rows are reported by `matched_rows`, and the smallest is used so the result is deterministic). */
export function valueSql(indicator: ValueIndicator, ref: TableRef): Sql {
  const from = joinedTable(ref);
  return {
    text: `SELECT d.ord, count(t.${ident(ref.district)})::INTEGER AS matched_rows, min(TRY_CAST(t.${ident(indicator.value)} AS DOUBLE)) AS value ${from.text} GROUP BY d.ord ORDER BY d.ord`,
    params: from.params,
  };
}
