// The load step: files → DuckDB tables and typed arrays (districts and their index, located
// points, located tiles), each part taken from the cache when nothing that shapes it
// changed. The compute step (compute-project.ts) derives every figure from what this returns.
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import type { Project } from '../core/project/types.ts';
import type { Issue, LoadReport } from '../core/report.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { Db } from '../db/db.ts';
import type { FileSource } from './file-source.ts';
import { keyOf, LoadCache } from './load-cache.ts';
import { locatePointLayer, locateTileLayer, type LocatedPoints, type LocatedTiles } from './locate-layers.ts';
import { openWithCache, type OpenedProject } from './open-project.ts';
import { checkLayerTable, projectTableChecks } from './table-issues.ts';
import { progressOf, type ProgressCode, type ProgressStep } from '../core/progress-steps.ts';

/** A project as loaded: what every figure, plan and report is computed from. */
export interface LoadedProject extends OpenedProject {
  /** Districts packed for geometry (degrees), in boundary order. */
  readonly polygons: DistrictPolygons;
  /** Name under which the workers keep the districts' grid index. */
  readonly districtIndex: string;
  /** Point layers placed in districts, in project order. */
  readonly points: readonly LocatedPoints[];
  /** Tile layers placed in districts, in project order. */
  readonly tiles: readonly LocatedTiles[];
}

export interface LoadProjectOptions extends TaskOptions {
  /** What earlier loads kept (a fresh one loads everything). */
  readonly cache?: LoadCache;
}

/** Loads `project` into `db`, reusing whatever in `cache` is still current; throws InputError for an unusable file. */
export async function loadProject(db: Db, project: Project, files: FileSource, compute: Compute, options: LoadProjectOptions = {}): Promise<LoadedProject> {
  const cache = options.cache ?? new LoadCache();
  const signal = options.signal ? { signal: options.signal } : {};
  const step = (code: ProgressCode, values?: ProgressStep['values']) => options.onProgress?.(0, 1, ...progressOf(code, values));
  const opened = await openWithCache(db, project, files, cache, compute, {
    ...signal,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const districts = cache.districts!;

  step('checkingTables');
  const reports = await withTableIssues(db, project, opened.reports, cache);

  const points: LocatedPoints[] = [];
  for (const layer of project.points ?? []) {
    const key = keyOf(cache.tables.get(layer.name)?.key, districts.key, layer.lon, layer.lat, layer.value ?? null, layer.where ?? null);
    const kept = cache.points.get(layer.name);
    if (kept?.key === key) {
      points.push(kept.value);
      continue;
    }
    step('locatingLayer', { layer: layer.name });
    const value = await locatePointLayer(db, layer, cache, districts, compute, options);
    cache.points.set(layer.name, { key, value });
    points.push(value);
  }
  const tiles: LocatedTiles[] = [];
  for (const layer of project.tiles ?? []) {
    const key = keyOf(cache.tables.get(layer.name)?.key, districts.key, layer.columns, layer.by ?? [], layer.where ?? null);
    const kept = cache.tiles.get(layer.name);
    if (kept?.key === key) {
      tiles.push(kept.value);
      continue;
    }
    step('placingTiles', { layer: layer.name });
    const value = await locateTileLayer(db, layer, cache, districts, compute, options);
    cache.tiles.set(layer.name, { key, value });
    tiles.push(value);
  }
  forgetLocatedLayersNotIn(project, cache);
  return { ...opened, reports, polygons: districts.polygons, districtIndex: districts.indexKey, points, tiles };
}

/**
 * Lets go of located layers the project no longer has (a million located tiles is tens of
 * MB). Their DuckDB tables stay cached, so undoing a removal locates again but reads nothing.
 */
function forgetLocatedLayersNotIn(project: Project, cache: LoadCache): void {
  const points = new Set((project.points ?? []).map((l) => l.name));
  const tiles = new Set((project.tiles ?? []).map((l) => l.name));
  for (const name of [...cache.points.keys()]) if (!points.has(name)) cache.points.delete(name);
  for (const name of [...cache.tiles.keys()]) if (!tiles.has(name)) cache.tiles.delete(name);
}

/** The load reports with each layer's check issues added, checks re-run only for layers whose table or checks changed. */
async function withTableIssues(db: Db, project: Project, reports: readonly LoadReport[], cache: LoadCache): Promise<LoadReport[]> {
  const checks = projectTableChecks(project);
  const issues = new Map<string, readonly Issue[]>();
  for (const [name, c] of checks) {
    const layer = [...(project.tables ?? []), ...(project.points ?? []), ...(project.tiles ?? [])].find((l) => l.name === name);
    const key = keyOf(cache.tables.get(name)?.key, c);
    const kept = cache.checks.get(name);
    if (kept?.key === key) {
      issues.set(name, kept.value);
      continue;
    }
    const load = cache.tables.get(name)?.load;
    const value = await checkLayerTable(db, name, load?.source ?? layer?.file ?? name, c, load?.lines);
    cache.checks.set(name, { key, value });
    issues.set(name, value);
  }
  // Reports are in load order: the districts file, then tables, points and tiles.
  const names = [null, ...[...(project.tables ?? []), ...(project.points ?? []), ...(project.tiles ?? [])].map((l) => l.name)];
  return reports.map((r, i) => {
    const extra = issues.get(names[i] ?? '') ?? [];
    return extra.length ? { ...r, issues: [...r.issues, ...extra] } : r;
  });
}
