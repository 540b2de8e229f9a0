// `report.json`: what was read and what was not — rows read and rejected per file with
// reasons, district ids that do not match between tables and boundaries, and points or
// tiles outside every district. Nothing is dropped silently; it is counted here.
import type { Project } from '../core/project/types.ts';
import type { Db } from '../db/db.ts';
import { districtsMissingFromTableSql, unmatchedTableIdsSql } from '../db/layer-sql.ts';
import type { LoadReport } from '../core/report.ts';
import type { OpenedProject } from './open-project.ts';
import type { IndicatorResult } from './run-indicators.ts';
import type { PointLayerRun, TileLayerRun } from './run-layers.ts';

/** How many ids to list before saying "and N more". */
const LIST_LIMIT = 100;

export interface IdList {
  readonly count: number;
  /** The first LIST_LIMIT ids. */
  readonly ids: readonly string[];
}

export interface FileReport {
  readonly file: string;
  /** What the file is in the project: districts, table, points or tiles, and its name. */
  readonly role: 'districts' | 'table' | 'points' | 'tiles';
  readonly name: string | null;
  readonly rows_read: number;
  readonly rows_rejected: number;
  readonly issues: readonly { readonly row?: number; readonly column?: string; readonly reason: string }[];
}

export interface RunReport {
  readonly project: string;
  readonly title: string;
  readonly districts: number;
  readonly files: readonly FileReport[];
  readonly tables: readonly { readonly name: string; readonly ids_not_in_boundaries: IdList; readonly districts_without_rows: IdList }[];
  readonly indicators: readonly { readonly id: string; readonly districts_without_value: number; readonly districts_with_several_rows: number }[];
  readonly points: readonly { readonly name: string; readonly rows: number; readonly located: number; readonly outside_every_district: number; readonly missing_coordinates: number }[];
  readonly tiles: readonly {
    readonly name: string;
    readonly rows: number;
    readonly located: number;
    readonly outside_every_district: { readonly tiles: number; readonly tests: number; readonly devices: number };
    readonly invalid_quadkeys: number;
    readonly invalid_quadkey_rows: readonly { readonly row: number; readonly reason: string }[];
  }[];
  readonly suppression: Project['suppression'] | null;
}

function idList(ids: readonly string[]): IdList {
  return { count: ids.length, ids: ids.slice(0, LIST_LIMIT) };
}

function fileReports(project: Project, reports: readonly LoadReport[]): FileReport[] {
  // openProject reports the districts file first, then tables, points and tiles in project order.
  const roles: { role: FileReport['role']; name: string | null }[] = [
    { role: 'districts', name: null },
    ...(project.tables ?? []).map((t) => ({ role: 'table' as const, name: t.name })),
    ...(project.points ?? []).map((p) => ({ role: 'points' as const, name: p.name })),
    ...(project.tiles ?? []).map((t) => ({ role: 'tiles' as const, name: t.name })),
  ];
  return reports.map((r, i) => ({
    file: r.file,
    role: roles[i]?.role ?? 'table',
    name: roles[i]?.name ?? null,
    rows_read: r.rowsRead,
    rows_rejected: r.rowsRejected,
    issues: r.issues.map(({ row, column, reason }) => ({ ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}), reason })),
  }));
}

/** The report of one run. */
export async function buildReport(
  db: Db,
  project: Project,
  opened: OpenedProject,
  indicators: readonly IndicatorResult[],
  points: readonly PointLayerRun[],
  tiles: readonly TileLayerRun[],
  projectFile: string,
): Promise<RunReport> {
  const tables = [];
  for (const t of project.tables ?? []) {
    const unmatched = unmatchedTableIdsSql(t.name, t.district, t.where ?? {});
    const missing = districtsMissingFromTableSql(t.name, t.district, t.where ?? {});
    tables.push({
      name: t.name,
      ids_not_in_boundaries: idList((await db.query(unmatched.text, unmatched.params)).map((r) => String(r.id))),
      districts_without_rows: idList((await db.query(missing.text, missing.params)).map((r) => String(r.id))),
    });
  }
  return {
    project: projectFile,
    title: project.title,
    districts: opened.districts.ids.length,
    files: fileReports(project, opened.reports),
    tables,
    indicators: indicators.map((r) => ({
      id: r.id,
      districts_without_value: r.matchedRows.filter((m) => m === 0).length,
      districts_with_several_rows: r.matchedRows.filter((m) => m > 1).length,
    })),
    points: points.map((p) => ({ name: p.name, rows: p.rows, located: p.rows - p.outside - p.missingCoordinates, outside_every_district: p.outside, missing_coordinates: p.missingCoordinates })),
    tiles: tiles.map((t) => ({
      name: t.name,
      rows: t.rows,
      located: t.rows - t.aggregate.outside.tiles,
      outside_every_district: t.outside,
      invalid_quadkeys: t.invalidQuadkeys.length,
      invalid_quadkey_rows: t.invalidQuadkeys.slice(0, LIST_LIMIT),
    })),
    suppression: project.suppression ?? null,
  };
}
