// District boundaries from a table — a CSV with WKT outlines (a PostGIS or QGIS export) or a
// GeoParquet file with WKB — read through the same loaders as any table, then turned into
// the same district layer a GeoJSON file gives. A row whose outline cannot be read keeps its
// district (it still joins to tables) without geometry, and the report says why.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geometryFromText } from '../core/geo/wkt.ts';
import type { DistrictLayer } from '../core/project/types.ts';
import type { Db } from '../db/db.ts';
import { boundaryRowsSql } from '../db/layer-sql.ts';
import { loadTableFile } from '../db/load-file.ts';
import { rowLines } from '../db/table-checks.ts';
import { readDistrictLayer, type DistrictLayerData } from '../formats/districts.ts';
import { InputError, type Issue } from '../core/report.ts';

/** Name of the DuckDB table a boundary table is loaded into. */
export const BOUNDARY_SOURCE_TABLE = 'districts__source';

/** The district layer of a CSV/Parquet boundary file whose `geometry` column holds WKT or WKB. */
export async function readBoundaryTable(db: Db, layer: DistrictLayer & { geometry: string }, file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<DistrictLayerData> {
  const load = await loadTableFile(db, BOUNDARY_SOURCE_TABLE, file, bytes, signal ? { signal } : {});
  const labels = layer.label ?? [];
  for (const column of [layer.id, layer.name, layer.geometry, ...labels]) {
    if (!load.columns.includes(column)) throw new InputError({ file, column, reason: `no such column — the file has: ${load.columns.join(', ')}`, code: 'noSuchColumn', values: { columns: load.columns.join(', ') } });
  }
  const sql = boundaryRowsSql(BOUNDARY_SOURCE_TABLE, layer.id, layer.name, layer.geometry, labels);
  const rows = await db.query(sql.text, sql.params);
  const lines = await rowLines(db, BOUNDARY_SOURCE_TABLE);
  const issues: Issue[] = [];
  const unreadable = new Set<number>();
  const features = rows.map((r, k): Feature<Polygon | MultiPolygon | null> => {
    let geometry: Polygon | MultiPolygon | null = null;
    try {
      geometry = r.geometry === null ? null : geometryFromText(String(r.geometry));
    } catch (e) {
      unreadable.add(k + 1);
      const detail = (e as Error).message;
      issues.push({ file, row: lines.of(Number(r.r)), column: layer.geometry, reason: `district "${String(r.id)}": ${detail}; geometry ignored`, code: 'outlineUnreadable', values: { id: String(r.id), detail } });
    }
    const labelProps = Object.fromEntries(labels.map((l, i) => [l, r[`label${i}`]]));
    return { type: 'Feature', properties: { ...labelProps, [layer.id]: r.id, [layer.name]: r.name }, geometry };
  });
  const fc = { type: 'FeatureCollection', features };
  const read = readDistrictLayer(file, JSON.stringify(fc), layer.id, layer.name, labels);
  // readDistrictLayer numbers features and would add "has no geometry" for the rows above:
  // keep the specific reason (with the file's line) instead.
  return { ...read, issues: [...issues, ...read.issues.filter((i) => !(i.column === 'geometry' && i.row !== undefined && unreadable.has(i.row)))] };
}
