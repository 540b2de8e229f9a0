// Point and tile layers per district: coordinates and metrics come out of DuckDB as
// columns, the engine worker places them in districts (grid index, exact tests only near
// boundaries) and aggregates tiles with Ookla's test-weighted method.
import { countPerDistrict, sumPerDistrict } from '../core/geo/locate.ts';
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import type { TileAggregate } from '../core/indicators/tiles.ts';
import type { PointLayer, TileLayer } from '../core/project/types.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { pointCoordinatesSql, tileColumnsSql } from '../db/layer-sql.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';

export interface PointLayerRun {
  readonly name: string;
  /** Points per district, in boundary order. */
  readonly counts: Float64Array;
  /** Σ of the layer's value column per district, when it has one. */
  readonly sums: Float64Array | null;
  readonly rows: number;
  readonly missingCoordinates: number;
  readonly outside: number;
}

export interface TileGroup {
  /** Values of the layer's `by` columns for this group. */
  readonly key: readonly string[];
}

export interface TileLayerRun {
  readonly name: string;
  readonly by: readonly string[];
  readonly groups: readonly TileGroup[];
  readonly aggregate: TileAggregate;
  readonly rows: number;
  readonly invalidQuadkeys: readonly { readonly row: number; readonly reason: string }[];
  /** Tiles with a valid quadkey whose centre lies outside every district, and their tests and devices. */
  readonly outside: { readonly tiles: number; readonly tests: number; readonly devices: number };
}


/** Counts a point layer's points per district. */
export async function runPointLayer(db: Db, layer: PointLayer, polygons: DistrictPolygons, nDistricts: number, compute: Compute, options: TaskOptions = {}): Promise<PointLayerRun> {
  const sql = pointCoordinatesSql(layer);
  const cols = await db.queryColumns(sql.text, sql.params);
  const lons = doubleColumn(cols, 'lon');
  const lats = doubleColumn(cols, 'lat');
  let missingCoordinates = 0;
  for (let i = 0; i < lons.length; i++) if (!Number.isFinite(lons[i]!) || !Number.isFinite(lats[i]!)) missingCoordinates++;
  const district = await compute.call('locatePoints', [polygons, lons, lats], options);
  const counts = countPerDistrict(district, nDistricts);
  const sums = layer.value ? sumPerDistrict(district, doubleColumn(cols, 'value'), nDistricts) : null;
  let outside = 0;
  for (let i = 0; i < district.length; i++) if (district[i]! < 0 && Number.isFinite(lons[i]!) && Number.isFinite(lats[i]!)) outside++;
  return { name: layer.name, counts, sums, rows: lons.length, missingCoordinates, outside };
}

/** Places a tile layer's tiles by quadkey centre and aggregates them per district and `by` group. */
export async function runTileLayer(db: Db, layer: TileLayer, polygons: DistrictPolygons, nDistricts: number, compute: Compute, options: TaskOptions = {}): Promise<TileLayerRun> {
  const sql = tileColumnsSql(layer);
  const cols = await db.queryColumns(sql.text, sql.params);
  const quadkeys = cols.quadkey as (string | null)[];
  const by = layer.by ?? [];
  const { group, groups } = groupIndex(by.map((_, i) => cols[`by${i}`] as (string | null)[]), quadkeys.length);
  const tests = doubleColumn(cols, 'tests');
  const devices = doubleColumn(cols, 'devices');
  const centres = await compute.call('tileCentres', [quadkeys], options);
  const district = await compute.call('locatePoints', [polygons, centres.lons, centres.lats], options);
  const aggregate = await compute.call(
    'aggregateTiles',
    [
      {
        district,
        group,
        downloadKbps: doubleColumn(cols, 'download_kbps'),
        uploadKbps: doubleColumn(cols, 'upload_kbps'),
        latencyMs: doubleColumn(cols, 'latency_ms'),
        tests,
        devices,
      },
      { nDistricts, nGroups: Math.max(1, groups.length), ...(layer.threshold_mbps !== undefined ? { thresholdMbps: layer.threshold_mbps } : {}) },
    ],
    options,
  );
  const outside = { tiles: 0, tests: 0, devices: 0 };
  for (let i = 0; i < district.length; i++) {
    if (district[i]! >= 0 || !Number.isFinite(centres.lons[i]!)) continue;
    outside.tiles++;
    if (Number.isFinite(tests[i]!)) outside.tests += tests[i]!;
    if (Number.isFinite(devices[i]!)) outside.devices += devices[i]!;
  }
  return {
    name: layer.name,
    by,
    outside,
    groups: groups.length ? groups : [{ key: [] }],
    aggregate,
    rows: quadkeys.length,
    invalidQuadkeys: centres.invalid.map((i) => ({ row: i.index + 1, reason: i.reason })),
  };
}

/** Group index per row from the `by` columns; groups sorted by their key so output order is stable. */
export function groupIndex(byColumns: readonly (readonly (string | null)[])[], n: number): { group: Int32Array; groups: TileGroup[] } {
  const group = new Int32Array(n);
  if (byColumns.length === 0) return { group, groups: [] };
  const keyOf = (i: number) => byColumns.map((c) => c[i] ?? '');
  const distinct = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    distinct.set(JSON.stringify(key), key);
  }
  const sorted = [...distinct.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(sorted.map(([k], g) => [k, g]));
  for (let i = 0; i < n; i++) group[i] = index.get(JSON.stringify(keyOf(i)))!;
  return { group, groups: sorted.map(([, key]) => ({ key })) };
}
