// What the map draws of point and tile layers, read column-wise from the loaded DuckDB
// tables: points that pass the layer's filter and the planner's (with the column they are
// sized or coloured by), and every tile with its box, group and figures. The engine's
// district figures are not touched: this is for drawing only.
import { tileBoxes } from '../core/geo/tile-boxes.ts';
import type { PointLayer, TileLayer } from '../core/project/types.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { tileColumnsSql } from '../db/layer-sql.ts';
import { columnValuesSql, mapPointsSql, type MapFilter } from '../db/map-layer-sql.ts';
import { groupIndex } from './locate-layers.ts';

export type { MapFilter };

/** Points to draw: only those with coordinates, in file order. */
export interface PointsOnMap {
  readonly layer: string;
  /** Degrees. */
  readonly lons: Float64Array;
  readonly lats: Float64Array;
  /** The style column per drawn point, as a number (NaN: not one) and as text; null without a style column. */
  readonly numbers: Float64Array | null;
  readonly texts: readonly (string | null)[] | null;
  /** Rows that pass the filters, with or without coordinates. */
  readonly rows: number;
}

/** Tiles to draw, one entry per row of the layer (after its `where`). */
export interface TilesOnMap {
  readonly layer: string;
  readonly by: readonly string[];
  /** `by` values per group, sorted (the order of tiles.<name>.csv); one empty group without `by`. */
  readonly groups: readonly { readonly key: readonly string[] }[];
  readonly group: Int32Array;
  /** [w, s, e, n] degrees at 4·i (tile-boxes.ts). */
  readonly boxes: Float64Array;
  readonly downloadKbps: Float64Array;
  readonly tests: Float64Array;
  readonly devices: Float64Array;
}

/** A point layer's drawable points after its filter and `filter`, with `style`'s values. */
export async function readPointsOnMap(db: Db, layer: PointLayer, filter: MapFilter | null, style: string | null): Promise<PointsOnMap> {
  const sql = mapPointsSql(layer, filter, style);
  const cols = await db.queryColumns(sql.text, sql.params);
  const lon = doubleColumn(cols, 'lon');
  const lat = doubleColumn(cols, 'lat');
  const keep: number[] = [];
  for (let i = 0; i < lon.length; i++) if (Number.isFinite(lon[i]!) && Number.isFinite(lat[i]!)) keep.push(i);
  // Every row located (a population grid's 651,764 cells): the columns as read, not copied.
  const pick = (c: Float64Array) => (keep.length === c.length ? c : Float64Array.from(keep, (i) => c[i]!));
  const texts = style !== null ? (cols.t as (string | null)[]) : null;
  return {
    layer: layer.name,
    lons: pick(lon),
    lats: pick(lat),
    numbers: style !== null ? pick(doubleColumn(cols, 'n')) : null,
    texts: texts ? keep.map((i) => texts[i] ?? null) : null,
    rows: lon.length,
  };
}

/** A column's values over a whole layer, most frequent first, and how many distinct ones it has. */
export interface ColumnValues {
  readonly values: readonly { readonly value: string; readonly rows: number }[];
  /** Distinct non-null values in the whole column (more than `values` holds when it was cut at the limit). */
  readonly distinct: number;
}

/** The values of a point layer's column over its whole table (after its own filter), with their row counts, at most `limit` (a select list stays usable). */
export async function readColumnValues(db: Db, layer: Pick<PointLayer, 'name' | 'where'>, column: string, limit = 1000): Promise<ColumnValues> {
  const sql = columnValuesSql(layer, column, limit);
  const cols = await db.queryColumns(sql.text, sql.params);
  const values = cols.v as (string | null)[];
  const rows = doubleColumn(cols, 'n');
  const distinct = doubleColumn(cols, 'd');
  return { values: values.flatMap((v, i) => (v === null ? [] : [{ value: v, rows: rows[i]! }])), distinct: distinct[0] ?? 0 };
}

/** Every tile of a tile layer with its box, group (as tiles.<name>.csv orders them), speed, tests and devices. */
export async function readTilesOnMap(db: Db, layer: TileLayer): Promise<TilesOnMap> {
  const sql = tileColumnsSql(layer);
  const cols = await db.queryColumns(sql.text, sql.params);
  const quadkeys = cols.quadkey as (string | null)[];
  const by = layer.by ?? [];
  const { group, groups } = groupIndex(by.map((_, i) => cols[`by${i}`] as (string | null)[]), quadkeys.length);
  return {
    layer: layer.name,
    by,
    groups: groups.length ? groups : [{ key: [] }],
    group,
    boxes: tileBoxes(quadkeys),
    downloadKbps: doubleColumn(cols, 'download_kbps'),
    tests: doubleColumn(cols, 'tests'),
    devices: doubleColumn(cols, 'devices'),
  };
}
