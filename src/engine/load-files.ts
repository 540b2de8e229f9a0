// Files into DuckDB, each only when its cache key changed: the district layer (boundaries
// written to the `districts` table, polygons packed, the grid index built once in a worker)
// and one table per table, point and tile layer. The browser and the CLI both load here.
import { buildDistrictGrid } from '../core/geo/district-grid.ts';
import { fromGeoJSON } from '../core/geo/polygon.ts';
import { contentHash } from '../core/hash.ts';
import type { Project } from '../core/project/types.ts';
import type { LoadReport } from '../core/report.ts';
import type { Compute } from '../compute/compute.ts';
import { blankMissingCodes } from '../db/missing-codes.ts';
import type { Db } from '../db/db.ts';
import { writeDistricts } from '../db/districts-table.ts';
import { copyTable } from '../db/copy-table.ts';
import { loadTableBlob, loadTableFile } from '../db/load-file.ts';
import type { TableLoad } from '../db/load-table.ts';
import { readBoundaryFile } from '../formats/topojson.ts';
import { readBoundaryTable } from './boundary-table.ts';
import { baseName, type FileSource } from './file-source.ts';
import { fileToken, keyOf, type LoadCache, type LoadedDistricts, type LoadedTable } from './load-cache.ts';
import { progressOf, type ProgressStep } from '../core/progress-steps.ts';

/** Files the planner added that are at least this large (bytes) are read by DuckDB in place. */
export const IN_PLACE_BYTES = 4 * 1024 * 1024;

export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, label: string, detail?: undefined, step?: ProgressStep) => void;
}

/** Every layer read into a DuckDB table, in project order: tables, then points, then tiles. */
export function tableLayers(project: Project) {
  return [...(project.tables ?? []), ...(project.points ?? []), ...(project.tiles ?? [])];
}

/** The district layer, from the cache when neither its file nor its keys changed; `compute` builds a new index. */
export async function loadDistricts(db: Db, project: Project, files: FileSource, cache: LoadCache, compute: Compute | null, options: LoadOptions = {}): Promise<LoadedDistricts> {
  const spec = project.districts;
  const file = baseName(spec.file);
  const { token, bytes } = await fileToken(files, spec.file, options.signal);
  const key = keyOf(token, spec);
  if (cache.districts?.key === key) return cache.districts;
  cache.districts = null;
  const boundaryBytes = bytes ?? (await files.read(spec.file, options.signal));
  const data = spec.geometry
    ? await readBoundaryTable(db, { ...spec, geometry: spec.geometry }, file, boundaryBytes, options.signal)
    : readBoundaryFile(file, new TextDecoder().decode(boundaryBytes), spec.id, spec.name, undefined, spec.label ?? []);
  await writeDistricts(db, data.ids, data.names);
  const polygons = fromGeoJSON(data.geometries.map((geometry) => ({ geometry })));
  // Without a transport (openProject) the index is built here, in this thread.
  const grid = compute ? await compute.call('buildDistrictIndex', [polygons], options.signal ? { signal: options.signal } : {}) : buildDistrictGrid(polygons);
  const report: LoadReport = { file, rowsRead: data.ids.length, rowsRejected: data.issues.filter((i) => i.reason.endsWith('skipped')).length, issues: data.issues };
  cache.districts = { key, data, polygons, indexKey: contentHash(key), grid, report };
  return cache.districts;
}

/** Each layer's table, read again only when its file or decimal mark changed; `done` offsets progress steps. */
export async function loadTables(db: Db, project: Project, files: FileSource, cache: LoadCache, options: LoadOptions & { readonly done?: number; readonly total?: number } = {}): Promise<LoadedTable[]> {
  const specs = tableLayers(project);
  const first = options.done ?? 0;
  const total = options.total ?? specs.length;
  const out: LoadedTable[] = [];
  const tokens = await Promise.all(specs.map((spec) => fileToken(files, spec.file, options.signal)));
  const fileKeyOf = (i: number) => keyOf(tokens[i]!.token, specs[i]!.decimal ?? '.', specs[i]!.missing ?? []);
  // Every file still to be read is requested now, so the fetches overlap (issue #18: Kenya's
  // files came one after another) while DuckDB takes them one at a time below. A large stored
  // file is not read at all: DuckDB reads it in place.
  type Read = { readonly blob?: Blob; readonly bytes?: Uint8Array };
  const reads = new Map<string, Promise<Read>>();
  specs.forEach((spec, i) => {
    if (tokens[i]!.bytes || reads.has(spec.file) || cache.tables.get(spec.name)?.key === keyOf(spec.name, fileKeyOf(i))) return;
    // A twin already loaded is copied, not read.
    if ([...cache.tables.values()].some((t) => t.fileKey === fileKeyOf(i))) return;
    const read = (async () => {
      const blob = await files.blob?.(spec.file);
      return blob && blob.size >= IN_PLACE_BYTES ? { blob } : { bytes: await files.read(spec.file, options.signal) };
    })();
    read.catch(() => {}); // awaited below, where a failure is reported once
    reads.set(spec.file, read);
  });
  for (const [i, spec] of specs.entries()) {
    if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    const file = baseName(spec.file);
    const bytes = tokens[i]!.bytes;
    const fileKey = fileKeyOf(i);
    const key = keyOf(spec.name, fileKey);
    const kept = cache.tables.get(spec.name);
    if (kept?.key === key) {
      out.push(kept);
      continue;
    }
    options.onProgress?.(first + i, total, ...progressOf('reading', { file }));
    // Its DuckDB table is about to be replaced: the entry must not outlive it if this fails.
    cache.tables.delete(spec.name);
    const loadOptions = {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(spec.decimal ? { decimal: spec.decimal } : {}),
      // Within one file (Parquet row groups), progress moves in fractions of its step.
      onProgress: (done: number, totalRows: number) => options.onProgress?.(first + i + (totalRows ? done / totalRows : 0), total, ...progressOf('readingRows', { file, rows: done })),
    };
    // Layers over the same file (read the same way) share one read: the table is copied.
    const twin = [...cache.tables.values()].find((t) => t.fileKey === fileKey);
    const read: Read = twin || bytes ? {} : ((await reads.get(spec.file)) ?? {});
    const load: TableLoad = twin
      ? await copyTable(db, twin.load, spec.name)
      : read.blob
        ? await loadTableBlob(db, spec.name, file, read.blob, loadOptions)
        : await loadTableFile(db, spec.name, file, bytes ?? read.bytes ?? (await files.read(spec.file, options.signal)), loadOptions);
    const codes = spec.missing?.length ? await blankMissingCodes(db, spec.name, load.source ?? file, codeColumns(spec, load.columns), spec.missing) : [];
    // A bundle's converted table is reported as the CSV it was made from (bundle-parquet.ts).
    const report = tableReport(load.source ?? file, load);
    const entry: LoadedTable = { key, fileKey, load, report: { ...report, issues: [...report.issues, ...codes] } };
    cache.tables.set(spec.name, entry);
    out.push(entry);
  }
  return out;
}

/** The columns where a layer's "not reported" codes apply: all but those naming a row (district, id, place, quadkey) or picking rows (`where`, `by`). */
function codeColumns(spec: ReturnType<typeof tableLayers>[number], columns: readonly string[]): string[] {
  const keys = new Set<string>(Object.keys(spec.where ?? {}));
  if ('district' in spec) keys.add(spec.district);
  if ('lon' in spec) [spec.lon, spec.lat, spec.id].forEach((c) => c && keys.add(c));
  if ('columns' in spec) {
    keys.add(spec.columns.quadkey);
    (spec.by ?? []).forEach((c) => keys.add(c));
  }
  return columns.filter((c) => !keys.has(c));
}

/** Rows read and set aside by the reader, with the line of each (a rejected row coded "rowRejected" with DuckDB's kind and detail). */
export function tableReport(file: string, load: TableLoad): LoadReport {
  const rejects = load.rejects ?? [];
  const rejectedLines = new Set(rejects.map((r) => r.line));
  return {
    file,
    rowsRead: load.rows + rejectedLines.size,
    rowsRejected: rejectedLines.size,
    issues: rejects.map((r) => ({ file, row: r.line, ...(r.column ? { column: r.column } : {}), reason: r.reason, code: 'rowRejected', values: { type: r.type, detail: r.detail } })),
    ...(load.notes?.length ? { notes: load.notes } : {}),
    ...(load.codedNotes?.length ? { codedNotes: load.codedNotes } : {}),
  };
}
