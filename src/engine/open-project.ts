// Opens a project: reads its district layer and tables into DuckDB, and reports what was
// read. The browser and the CLI both start here, so they see the same tables.
import type { Db } from '../db/db.ts';
import { writeDistricts } from '../db/districts-table.ts';
import { copyTable } from '../db/copy-table.ts';
import { loadTableBlob, loadTableFile } from '../db/load-file.ts';
import type { TableLoad } from '../db/load-table.ts';
import type { Project } from '../core/project/types.ts';
import type { DistrictLayerData } from '../formats/districts.ts';
import { readBoundaryFile } from '../formats/topojson.ts';
import type { LoadReport } from '../core/report.ts';
import { readBoundaryTable } from './boundary-table.ts';
import { checkColumns } from './check-columns.ts';
import { baseName, type FileSource } from './file-source.ts';

/** Files the planner added that are at least this large (bytes) are read by DuckDB in place. */
export const IN_PLACE_BYTES = 4 * 1024 * 1024;

export interface OpenedProject {
  readonly project: Project;
  readonly districts: DistrictLayerData;
  readonly tables: readonly TableLoad[];
  readonly reports: readonly LoadReport[];
}

export interface OpenOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** Loads the project's districts and tables into `db`; throws InputError for an unusable file. */
export async function openProject(db: Db, project: Project, files: FileSource, options: OpenOptions = {}): Promise<OpenedProject> {
  const tableSpecs = [...(project.tables ?? []), ...(project.points ?? []), ...(project.tiles ?? [])];
  const total = 1 + tableSpecs.length;
  const step = (done: number, label: string) => {
    if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    options.onProgress?.(done, total, label);
  };

  step(0, `reading ${baseName(project.districts.file)}`);
  const boundaryBytes = await files.read(project.districts.file, options.signal);
  const geometryColumn = project.districts.geometry;
  const districts = geometryColumn
    ? await readBoundaryTable(db, { ...project.districts, geometry: geometryColumn }, baseName(project.districts.file), boundaryBytes, options.signal)
    : readBoundaryFile(baseName(project.districts.file), new TextDecoder().decode(boundaryBytes), project.districts.id, project.districts.name);
  await writeDistricts(db, districts.ids, districts.names);
  const reports: LoadReport[] = [
    { file: baseName(project.districts.file), rowsRead: districts.ids.length, rowsRejected: districts.issues.filter((i) => i.reason.endsWith('skipped')).length, issues: districts.issues },
  ];

  const tables: TableLoad[] = [];
  // Layers over the same file (read the same way) share one read: the table is copied.
  const byFile = new Map<string, TableLoad>();
  for (const [i, spec] of tableSpecs.entries()) {
    step(1 + i, `reading ${baseName(spec.file)}`);
    const key = `${spec.file}\u0000${spec.decimal ?? '.'}`;
    const earlier = byFile.get(key);
    const loadOptions = {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(spec.decimal ? { decimal: spec.decimal } : {}),
      // Within one file (Parquet row groups), progress moves in fractions of its step.
      onProgress: (done: number, totalRows: number) => options.onProgress?.(1 + i + (totalRows ? done / totalRows : 0), total, `reading ${baseName(spec.file)} (${done.toLocaleString('en')} rows)`),
    };
    const blob = earlier ? undefined : await files.blob?.(spec.file);
    const load = earlier
      ? await copyTable(db, earlier, spec.name)
      : blob && blob.size >= IN_PLACE_BYTES
        ? await loadTableBlob(db, spec.name, baseName(spec.file), blob, loadOptions)
        : await loadTableFile(db, spec.name, baseName(spec.file), await files.read(spec.file, options.signal), loadOptions);
    byFile.set(key, load);
    tables.push(load);
    const rejects = load.rejects ?? [];
    const rejectedLines = new Set(rejects.map((r) => r.line));
    reports.push({
      file: baseName(spec.file),
      rowsRead: load.rows + rejectedLines.size,
      rowsRejected: rejectedLines.size,
      issues: rejects.map((r) => ({ file: baseName(spec.file), row: r.line, ...(r.column ? { column: r.column } : {}), reason: r.reason })),
    });
  }
  checkColumns(project, tables);
  step(total, 'done');
  return { project, districts, tables, reports };
}
