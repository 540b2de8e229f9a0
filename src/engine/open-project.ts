// Opens a project: reads its district layer and tables into DuckDB, and reports what was
// read. The load step (load-project.ts) starts here, and tests that only need the tables.
import type { Project } from '../core/project/types.ts';
import type { LoadReport } from '../core/report.ts';
import type { Db } from '../db/db.ts';
import type { TableLoad } from '../db/load-table.ts';
import type { DistrictLayerData } from '../formats/districts.ts';
import { checkColumns } from './check-columns.ts';
import { baseName, type FileSource } from './file-source.ts';
import { LoadCache } from './load-cache.ts';
import { loadDistricts, loadTables, tableLayers, type LoadOptions } from './load-files.ts';
import { progressOf } from '../core/progress-steps.ts';

export { IN_PLACE_BYTES } from './load-files.ts';

export interface OpenedProject {
  readonly project: Project;
  readonly districts: DistrictLayerData;
  readonly tables: readonly TableLoad[];
  /** The districts file first, then tables, points and tiles in project order. */
  readonly reports: readonly LoadReport[];
}

export type OpenOptions = LoadOptions;

/** Loads the project's districts and tables into `db` (without a cache); throws InputError for an unusable file. */
export async function openProject(db: Db, project: Project, files: FileSource, options: OpenOptions = {}): Promise<OpenedProject> {
  return openWithCache(db, project, files, new LoadCache(), null, options);
}

/** As openProject, reusing what `cache` holds; `compute` (when given) builds the district index in a worker. */
export async function openWithCache(db: Db, project: Project, files: FileSource, cache: LoadCache, compute: Parameters<typeof loadDistricts>[4], options: OpenOptions = {}): Promise<OpenedProject> {
  const total = 1 + tableLayers(project).length;
  if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
  options.onProgress?.(0, total, ...progressOf('reading', { file: baseName(project.districts.file) }));
  const districts = await loadDistricts(db, project, files, cache, compute, options);
  const tables = await loadTables(db, project, files, cache, { ...options, done: 1, total });
  checkColumns(project, tables.map((t) => t.load));
  options.onProgress?.(total, total, ...progressOf('done'));
  return { project, districts: districts.data, tables: tables.map((t) => t.load), reports: [districts.report, ...tables.map((t) => t.report)] };
}
