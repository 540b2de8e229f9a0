// What the load step keeps between edits, each entry under a key made of everything that
// shapes it: the file's content token and the layer keys that change what is read (the
// decimal mark for a table; columns and `where` for located points and tiles; the district
// layer for anything placed in districts). An edit that leaves a key unchanged reuses the
// entry; one that changes it reloads that entry alone.
import { contentHash } from '../core/hash.ts';
import type { DistrictGrid } from '../core/geo/district-grid.ts';
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import type { Issue, LoadReport } from '../core/report.ts';
import type { TableLoad } from '../db/load-table.ts';
import type { DistrictLayerData } from '../formats/districts.ts';
import type { Compute } from '../compute/compute.ts';
import type { FileSource } from './file-source.ts';
import type { LocatedPoints, LocatedTiles } from './located.ts';
import type { IndicatorResult } from './run-indicators.ts';

/** The district layer as loaded: boundaries, packed polygons and the grid index every worker keeps. */
export interface LoadedDistricts {
  readonly key: string;
  readonly data: DistrictLayerData;
  readonly polygons: DistrictPolygons;
  /** Name under which workers keep this layer's index (a hash of `key`). */
  readonly indexKey: string;
  readonly grid: DistrictGrid;
  readonly report: LoadReport;
}

/** A layer's table in DuckDB, named after the layer. */
export interface LoadedTable {
  readonly key: string;
  /** Content token and decimal mark: layers over the same file read the same way share one read. */
  readonly fileKey: string;
  readonly load: TableLoad;
  readonly report: LoadReport;
}

interface Keyed<T> {
  readonly key: string;
  readonly value: T;
}

/** Everything loaded for one DuckDB database; one per session (app) or per run (CLI). */
export class LoadCache {
  districts: LoadedDistricts | null = null;
  readonly tables = new Map<string, LoadedTable>();
  readonly checks = new Map<string, Keyed<readonly Issue[]>>();
  readonly points = new Map<string, Keyed<LocatedPoints>>();
  readonly tiles = new Map<string, Keyed<LocatedTiles>>();
  /** Indicator figures by id: the compute step's one SQL cost, kept while the indicator, its table and the districts stay the same. */
  readonly indicators = new Map<string, Keyed<IndicatorResult>>();
  /** Which transports already keep which district index (a new pool is given it again, not rebuilt). */
  readonly indexGiven = new WeakMap<Compute, Set<string>>();

  /** Forgets everything (another project opened in the same database). */
  clear(): void {
    this.districts = null;
    this.tables.clear();
    this.checks.clear();
    this.points.clear();
    this.tiles.clear();
    this.indicators.clear();
  }
}

/** A file's content token, and its bytes when they had to be read to make it. */
export interface FileToken {
  readonly token: string;
  readonly bytes?: Uint8Array;
}

/** The file's version from its source, or (when the source has none) a hash of its bytes. */
export async function fileToken(files: FileSource, path: string, signal?: AbortSignal): Promise<FileToken> {
  const version = await files.version?.(path);
  if (version !== undefined) return { token: `v:${version}` };
  const bytes = await files.read(path, signal);
  return { token: `h:${contentHash(bytes)}:${bytes.length}`, bytes };
}

/** A cache key from parts (JSON, so that no two different part lists give the same key). */
export function keyOf(...parts: readonly unknown[]): string {
  return JSON.stringify(parts);
}
