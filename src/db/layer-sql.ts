// SQL builders for point and tile layers: the columns the engine hands to the workers,
// cast to DOUBLE here so that only numbers cross the thread boundary.
import type { PointLayer, TileLayer, WhereFilter } from '../core/project/types.ts';
import { DISTRICTS_TABLE } from './districts-table.ts';
import { joinedTable, type TableRef } from './indicator-sql.ts';
import type { SqlValue } from './db.ts';
import { ident, whereEquals, type Sql } from './sql.ts';

/** Longitude, latitude (and value, if the layer has one) of every point as DOUBLE (NULL → NaN), in file order. */
export function pointCoordinatesSql(layer: PointLayer): Sql {
  const where = whereEquals(layer.where ?? {});
  const value = layer.value ? `, TRY_CAST(${ident(layer.value)} AS DOUBLE) AS value` : '';
  return {
    text: `SELECT TRY_CAST(${ident(layer.lon)} AS DOUBLE) AS lon, TRY_CAST(${ident(layer.lat)} AS DOUBLE) AS lat${value} FROM ${ident(layer.name)} ${where.text}`,
    params: where.params,
  };
}

/**
 * Chosen columns of a layer's rows, after its `where`, in the same row order as
 * pointCoordinatesSql and tileColumnsSql (the same scan of the same table and filter):
 * `numeric` columns as DOUBLE (NULL or not a number → NaN), `text` columns as VARCHAR.
 * Aliases are `n0…` and `t0…`, so any column name is safe.
 */
export function layerColumnsSql(layer: { readonly name: string; readonly where?: WhereFilter }, numeric: readonly string[], text: readonly string[]): Sql {
  const where = whereEquals(layer.where ?? {});
  const columns = [...numeric.map((c, i) => `TRY_CAST(${ident(c)} AS DOUBLE) AS n${i}`), ...text.map((c, i) => `CAST(${ident(c)} AS VARCHAR) AS t${i}`)];
  if (columns.length === 0) throw new Error(`layer "${layer.name}": ask for at least one column`);
  return { text: `SELECT ${columns.join(', ')} FROM ${ident(layer.name)} ${where.text}`, params: where.params };
}

/** Quadkey (as text), `by` group key and metrics of every tile, in file order. */
export function tileColumnsSql(layer: TileLayer): Sql {
  const c = layer.columns;
  const where = whereEquals(layer.where ?? {});
  const metric = (col: string, alias: string) => `TRY_CAST(${ident(col)} AS DOUBLE) AS ${alias}`;
  const columns = [
    `CAST(${ident(c.quadkey)} AS VARCHAR) AS quadkey`,
    ...(layer.by ?? []).map((b, i) => `CAST(${ident(b)} AS VARCHAR) AS ${ident(`by${i}`)}`),
    metric(c.download_kbps, 'download_kbps'),
    metric(c.upload_kbps, 'upload_kbps'),
    metric(c.latency_ms, 'latency_ms'),
    metric(c.tests, 'tests'),
    metric(c.devices, 'devices'),
  ];
  return {
    text: `SELECT ${columns.join(', ')} FROM ${ident(layer.name)} ${where.text}`,
    params: where.params,
  };
}

/** District ids found in a table (after its filter) that are not in the boundary layer, sorted. */
export function unmatchedTableIdsSql(table: string, districtColumn: string, where: Readonly<Record<string, string | number | boolean>> = {}): Sql {
  const w = whereEquals(where);
  return {
    text:
      `SELECT DISTINCT CAST(${ident(districtColumn)} AS VARCHAR) AS id FROM ${ident(table)} ${w.text} ` +
      `${w.text ? 'AND' : 'WHERE'} CAST(${ident(districtColumn)} AS VARCHAR) NOT IN (SELECT district_id FROM ${DISTRICTS_TABLE}) ORDER BY id`,
    params: w.params,
  };
}

/** Boundary district ids with no row in a table (after its filter), in boundary order. */
export function districtsMissingFromTableSql(table: string, districtColumn: string, where: Readonly<Record<string, string | number | boolean>> = {}): Sql {
  const w = whereEquals(where);
  return {
    text:
      `SELECT district_id AS id, ord FROM ${DISTRICTS_TABLE} WHERE district_id NOT IN ` +
      `(SELECT CAST(${ident(districtColumn)} AS VARCHAR) FROM ${ident(table)} ${w.text} ${w.text ? 'AND' : 'WHERE'} ${ident(districtColumn)} IS NOT NULL) ORDER BY ord`,
    params: w.params,
  };
}

/**
 * Both of the above for every table in one query (issue #18: two round trips per table):
 * rows (t, kind, id) with t the table's index, kind 'missing' (districts without rows, in
 * boundary order) or 'unmatched' (ids not in the boundary layer, sorted).
 */
export function tableIdChecksSql(tables: readonly { readonly table: string; readonly district: string; readonly where?: Readonly<Record<string, string | number | boolean>> }[]): Sql {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  tables.forEach((t, i) => {
    const unmatched = unmatchedTableIdsSql(t.table, t.district, t.where);
    const missing = districtsMissingFromTableSql(t.table, t.district, t.where);
    parts.push(`(SELECT ${i} AS t, 'missing' AS kind, ord, id FROM (${missing.text}))`, `(SELECT ${i} AS t, 'unmatched' AS kind, NULL AS ord, id FROM (${unmatched.text}))`);
    params.push(...missing.params, ...unmatched.params);
  });
  return { text: `SELECT t, kind, id FROM (${parts.join(' UNION ALL ')}) ORDER BY t, kind, ord, id`, params };
}

/** Population (weight) per district, summed over matching rows, as DOUBLE in boundary order. */
export function populationSql(ref: TableRef, column: string): Sql {
  const from = joinedTable(ref);
  return { text: `SELECT d.ord, sum(TRY_CAST(t.${ident(column)} AS DOUBLE)) AS population ${from.text} GROUP BY d.ord ORDER BY d.ord`, params: from.params };
}

/** Region label per district (the smallest if rows disagree; NULL when none), in boundary order. */
export function regionSql(ref: TableRef, column: string): Sql {
  const from = joinedTable(ref);
  return { text: `SELECT d.ord, min(CAST(t.${ident(column)} AS VARCHAR)) AS region ${from.text} GROUP BY d.ord ORDER BY d.ord`, params: from.params };
}

/** Id, name and geometry text of every row of a boundary table, in file order (rowid kept for line numbers). */
export function boundaryRowsSql(table: string, id: string, name: string, geometry: string, labels: readonly string[] = []): Sql {
  const labelColumns = labels.map((l, i) => `, CAST(${ident(l)} AS VARCHAR) AS label${i}`).join('');
  return {
    text: `SELECT rowid::INTEGER AS r, CAST(${ident(id)} AS VARCHAR) AS id, CAST(${ident(name)} AS VARCHAR) AS name${labelColumns}, CAST(${ident(geometry)} AS VARCHAR) AS geometry FROM ${ident(table)} ORDER BY rowid`,
    params: [],
  };
}
