// SQL builders for a siting scenario's inputs: the demand, candidate and existing points of a
// point layer (its own filter and the scenario's, both applied), and a group's share per
// district. Numbers are cast to DOUBLE here (text that is not a number becomes NULL, read as
// NaN and reported by the engine); rows come back in file order with their rowid, so every
// issue can name the file's line.
import type { PointLayer, WhereFilter } from '../core/project/types.ts';
import { joinedTable, type TableRef } from './indicator-sql.ts';
import { ident, type Sql } from './sql.ts';

/** The columns to read from a point layer besides its position, each optional. */
export interface PlanPointColumns {
  /** Read as text into `id`. */
  readonly id?: string;
  /** Read as DOUBLE into `weight` (demand weight). */
  readonly weight?: string;
  /** Read as DOUBLE into `cost` (candidate cost). */
  readonly cost?: string;
  /** Read as DOUBLE into `g0`, `g1`, … (group weights), in this order. */
  readonly groups?: readonly string[];
}

/** `WHERE a = ? AND …` over several filters (the layer's, then the scenario's), each compared as text; empty without any. */
export function whereAll(filters: readonly (WhereFilter | undefined)[]): Sql {
  const pairs = filters.flatMap((f) => Object.entries(f ?? {}));
  if (pairs.length === 0) return { text: '', params: [] };
  return { text: 'WHERE ' + pairs.map(([k]) => `CAST(${ident(k)} AS VARCHAR) = ?`).join(' AND '), params: pairs.map(([, v]) => String(v)) };
}

/** rowid as r, lon and lat (DOUBLE, NULL → NaN) and the asked-for columns of a point layer's rows that pass both filters, in file order. */
export function planPointsSql(layer: PointLayer, where: WhereFilter | undefined, columns: PlanPointColumns = {}): Sql {
  const w = whereAll([layer.where, where]);
  const number = (column: string, alias: string) => `TRY_CAST(${ident(column)} AS DOUBLE) AS ${ident(alias)}`;
  const select = [
    'rowid::INTEGER AS r',
    number(layer.lon, 'lon'),
    number(layer.lat, 'lat'),
    ...(columns.id !== undefined ? [`CAST(${ident(columns.id)} AS VARCHAR) AS id`] : []),
    ...(columns.weight !== undefined ? [number(columns.weight, 'weight')] : []),
    ...(columns.cost !== undefined ? [number(columns.cost, 'cost')] : []),
    ...(columns.groups ?? []).map((g, k) => number(g, `g${k}`)),
  ];
  return { text: `SELECT ${select.join(', ')} FROM ${ident(layer.name)}${w.text ? ` ${w.text}` : ''} ORDER BY rowid`, params: w.params };
}

/**
 * A table column per district as DOUBLE, in boundary order (NULL where no row matches). A
 * table has one row per district (repeats are reported when it loads); should there be
 * several, the smallest value is used so that the result is deterministic.
 */
export function districtShareSql(ref: TableRef, column: string): Sql {
  const from = joinedTable(ref);
  return { text: `SELECT d.ord, min(TRY_CAST(t.${ident(column)} AS DOUBLE)) AS share ${from.text} GROUP BY d.ord ORDER BY d.ord`, params: from.params };
}
