// GeoParquet 1.1.0 (https://geoparquet.org/releases/v1.1.0/): plain columns plus one
// geometry column of WKB, described by the `geo` key of the file metadata (primary column,
// encoding, geometry types, bbox; no `crs` means OGC:CRS84, i.e. lon/lat WGS 84). Written
// with hyparquet-writer; any other key-value metadata (sources, licences) rides along.
import type { Geometry } from 'geojson';
import { geojsonToWkb, parquetWriteBuffer } from 'hyparquet-writer';

export const GEOPARQUET_VERSION = '1.1.0';

/** A column of text or numbers; null for missing. */
export type ParquetColumn = { readonly name: string; readonly type: 'STRING'; readonly data: readonly (string | null)[] } | { readonly name: string; readonly type: 'DOUBLE' | 'INT32'; readonly data: readonly (number | null)[] };

export interface GeoParquetOptions {
  /** Name of the geometry column (default "geometry"). */
  readonly geometryColumn?: string;
  /** [west, south, east, north] in degrees. */
  readonly bbox: readonly [number, number, number, number] | null;
  /** Extra file metadata, e.g. the sources and licences. */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** A Parquet file of `columns` (plain, no geometry) with `metadata`; bytes. */
export function plainParquet(columns: readonly ParquetColumn[], metadata: Readonly<Record<string, string>> = {}): Uint8Array {
  const kvMetadata = Object.entries(metadata).map(([key, value]) => ({ key, value }));
  return new Uint8Array(parquetWriteBuffer({ columnData: columns.map((c) => ({ name: c.name, data: [...c.data], type: c.type })), kvMetadata, createdBy: 'lastmile' }));
}

/** A GeoParquet file: `columns`, then the geometry column (WKB, null where a row has none); bytes. */
export function geoParquet(columns: readonly ParquetColumn[], geometries: readonly (Geometry | null)[], options: GeoParquetOptions): Uint8Array {
  const name = options.geometryColumn ?? 'geometry';
  const types = [...new Set(geometries.filter((g) => g !== null).map((g) => g.type))].sort();
  const geo = {
    version: GEOPARQUET_VERSION,
    primary_column: name,
    columns: { [name]: { encoding: 'WKB', geometry_types: types, ...(options.bbox ? { bbox: [...options.bbox] } : {}) } },
  };
  const wkb = geometries.map((g) => (g === null ? null : geojsonToWkb(g)));
  const kvMetadata = [{ key: 'geo', value: JSON.stringify(geo) }, ...Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value }))];
  const columnData = [...columns.map((c) => ({ name: c.name, data: [...c.data], type: c.type })), { name, data: wkb, type: 'BYTE_ARRAY' as const }];
  return new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata, createdBy: 'lastmile' }));
}
