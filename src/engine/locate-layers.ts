// The load step for point and tile layers: coordinates and metrics come out of DuckDB as
// columns (the layer's `where` applied) and are placed in districts on the kept grid index.
// What is kept here is everything later steps need — counting per district, aggregating
// tiles, siting — so none of them queries or locates again.
import type { PointLayer, TileLayer } from '../core/project/types.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { pointCoordinatesSql, tileColumnsSql } from '../db/layer-sql.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import { InputError, type Issue } from '../core/report.ts';
import { locateIn } from './district-index.ts';
import { baseName } from './file-source.ts';
import type { LoadCache, LoadedDistricts } from './load-cache.ts';
import type { LocatedPoints, LocatedTiles } from './located.ts';

export type { LocatedPoints, LocatedTiles } from './located.ts';

/** Reads a point layer's coordinates (and value) and places each point in a district. */
export async function locatePointLayer(db: Db, layer: PointLayer, cache: LoadCache, districts: LoadedDistricts, compute: Compute, options: TaskOptions = {}): Promise<LocatedPoints> {
  const sql = pointCoordinatesSql(layer);
  const cols = await db.queryColumns(sql.text, sql.params);
  const lons = doubleColumn(cols, 'lon');
  const lats = doubleColumn(cols, 'lat');
  const district = await locateIn(cache, districts, compute, lons, lats, options);
  let missingCoordinates = 0;
  let outside = 0;
  for (let i = 0; i < lons.length; i++) {
    if (!Number.isFinite(lons[i]!) || !Number.isFinite(lats[i]!)) missingCoordinates++;
    else if (district[i]! < 0) outside++;
  }
  await refuseSwapped(layer, lons, lats, lons.length - missingCoordinates - outside, cache, districts, compute, options);
  const values = layer.value ? doubleColumn(cols, 'value') : null;
  return { name: layer.name, lons, lats, district, values, rows: lons.length, missingCoordinates, outside };
}

/**
 * The app's rule for swapped coordinates (src/ingest/roles-located.ts), on every point rather
 * than a sample: when fewer than half of the points are in a district and at least half would
 * be — more than now — with longitude and latitude exchanged, the columns are swapped, and
 * every figure from the layer would be wrong: an InputError naming the file and the columns.
 */
async function refuseSwapped(layer: PointLayer, lons: Float64Array, lats: Float64Array, located: number, cache: LoadCache, districts: LoadedDistricts, compute: Compute, options: TaskOptions): Promise<void> {
  let usable = 0;
  for (let i = 0; i < lons.length; i++) if (Number.isFinite(lons[i]!) && Number.isFinite(lats[i]!)) usable++;
  if (usable === 0 || located >= usable / 2) return;
  const reversed = (await locateIn(cache, districts, compute, lats, lons, options)).filter((d) => d >= 0).length;
  if (reversed <= located || reversed < usable / 2) return;
  throw new InputError(swappedIssue(layer, reversed, usable, located));
}

/** The swapped-coordinates issue: `reversed` of `usable` points (counts) fall in districts only with lon and lat exchanged, `located` as they are. */
export function swappedIssue(layer: PointLayer, reversed: number, usable: number, located: number): Issue {
  return {
    file: baseName(layer.file),
    column: layer.lat,
    code: 'coordinatesSwapped',
    values: { reversed, usable, lat: layer.lat, lon: layer.lon, located, layer: layer.name },
    reason: `coordinates look swapped (lat/lon): ${reversed} of ${usable} points fall inside the districts only with "${layer.lat}" as longitude and "${layer.lon}" as latitude (${located} as the project has them); exchange the "lon" and "lat" keys of layer "${layer.name}"`,
  };
}

/** Reads a tile layer's quadkeys, groups and metrics and places each tile by its quadkey centre. */
export async function locateTileLayer(db: Db, layer: TileLayer, cache: LoadCache, districts: LoadedDistricts, compute: Compute, options: TaskOptions = {}): Promise<LocatedTiles> {
  const sql = tileColumnsSql(layer);
  const cols = await db.queryColumns(sql.text, sql.params);
  const quadkeys = cols.quadkey as (string | null)[];
  const by = layer.by ?? [];
  const { group, groups } = groupIndex(by.map((_, i) => cols[`by${i}`] as (string | null)[]), quadkeys.length);
  const tests = doubleColumn(cols, 'tests');
  const devices = doubleColumn(cols, 'devices');
  const centres = await compute.call('tileCentres', [quadkeys], options);
  const district = await locateIn(cache, districts, compute, centres.lons, centres.lats, options);
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
    groups: groups.length ? groups : [{ key: [] }],
    group,
    district,
    downloadKbps: doubleColumn(cols, 'download_kbps'),
    uploadKbps: doubleColumn(cols, 'upload_kbps'),
    latencyMs: doubleColumn(cols, 'latency_ms'),
    tests,
    devices,
    rows: quadkeys.length,
    invalidQuadkeys: centres.invalid.map((i) => ({ row: i.index + 1, reason: i.reason })),
    outside,
  };
}

/** Group index per row from the `by` columns; groups sorted by their key so output order is stable. */
export function groupIndex(byColumns: readonly (readonly (string | null)[])[], n: number): { group: Int32Array; groups: { key: string[] }[] } {
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
