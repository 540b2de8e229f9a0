// Runs a whole project: load every file into DuckDB, compute indicators, place points and
// tiles, assemble district columns (with suppression and the composite index), measure
// inequality, and report what was read, rejected and left unmatched. `lastmile run` and the
// browser app both call this, so they produce the same numbers.
import { fromGeoJSON } from '../core/geo/polygon.ts';
import type { CompositeSpec, Project } from '../core/project/types.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { populationSql, regionSql } from '../db/layer-sql.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import { compositeColumns, type CompositeRun } from './composite-columns.ts';
import { districtColumns, type DistrictColumn } from './district-columns.ts';
import type { FileSource } from './file-source.ts';
import { inequalityRows, type InequalityRow, type Regions } from './inequality-rows.ts';
import { openProject, type OpenedProject } from './open-project.ts';
import { checkProjectTables } from './table-issues.ts';
import type { Issue } from '../core/report.ts';
import { buildReport, type RunReport } from './run-report.ts';
import { runIndicators, type IndicatorResult } from './run-indicators.ts';
import { runPointLayer, runTileLayer, type PointLayerRun, type TileLayerRun } from './run-layers.ts';

export interface ProjectRun {
  readonly project: Project;
  readonly opened: OpenedProject;
  readonly indicators: readonly IndicatorResult[];
  readonly points: readonly PointLayerRun[];
  readonly tiles: readonly TileLayerRun[];
  /** districts.csv columns after district_id and district_name. */
  readonly columns: readonly DistrictColumn[];
  readonly composite: CompositeRun | null;
  readonly population: Float64Array | null;
  /** Region of each district, when the project declares regions (for the Theil split). */
  readonly regions: Regions | null;
  readonly inequality: readonly InequalityRow[];
  readonly report: RunReport;
}

export interface RunOptions extends TaskOptions {
  /** Name of the project file, for messages and the report. */
  readonly projectFile?: string;
}

/** Everything `lastmile run` writes, computed from `project` and its files. */
export async function runProject(db: Db, project: Project, files: FileSource, compute: Compute, options: RunOptions = {}): Promise<ProjectRun> {
  const step = (label: string) => options.onProgress?.(0, 1, label);
  const loaded = await openProject(db, project, files, { ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  step('checking tables');
  const opened = withTableIssues(loaded, project, await checkProjectTables(db, project));
  const n = opened.districts.ids.length;
  const polygons = fromGeoJSON(opened.districts.geometries.map((geometry) => ({ geometry })));

  step('computing indicators');
  const indicators = await runIndicators(db, project, compute, options);
  const points: PointLayerRun[] = [];
  for (const layer of project.points ?? []) {
    step(`locating ${layer.name}`);
    points.push(await runPointLayer(db, layer, polygons, n, compute, options));
  }
  const tiles: TileLayerRun[] = [];
  for (const layer of project.tiles ?? []) {
    step(`aggregating tiles ${layer.name}`);
    tiles.push(await runTileLayer(db, layer, polygons, n, compute, options));
  }

  const s = project.suppression ?? {};
  const columns = districtColumns(indicators, points, tiles, {
    ...(s.min_people !== undefined ? { minPeople: s.min_people } : {}),
    ...(s.min_tests !== undefined ? { minTests: s.min_tests } : {}),
    ...(s.min_devices !== undefined ? { minDevices: s.min_devices } : {}),
  });
  const composite = project.composite ? await compositeColumns(project.composite, columns, compute, options) : null;
  if (composite) columns.push(...composite.columns);

  step('measuring inequality');
  const population = project.population ? await districtFigure(db, project, project.population.table, project.population.column) : null;
  const regions = project.regions ? await regionIndex(db, project, project.regions.table, project.regions.column) : null;
  const inequality = await inequalityRows(columns, population, regions, compute, options);
  const report = await buildReport(db, project, opened, indicators, points, tiles, options.projectFile ?? 'project');
  return { project, opened, indicators, points, tiles, columns, composite, population, regions, inequality, report };
}

/** The load reports with each layer's check issues added (reports are in openProject's order). */
function withTableIssues(opened: OpenedProject, project: Project, issues: Map<string, Issue[]>): OpenedProject {
  const names = [null, ...[...(project.tables ?? []), ...(project.points ?? []), ...(project.tiles ?? [])].map((l) => l.name)];
  const reports = opened.reports.map((r, i) => {
    const extra = issues.get(names[i] ?? '') ?? [];
    return extra.length ? { ...r, issues: [...r.issues, ...extra] } : r;
  });
  return { ...opened, reports };
}

function tableOf(project: Project, name: string) {
  const table = project.tables?.find((t) => t.name === name);
  if (!table) throw new Error(`no table named "${name}"`);
  return table;
}

async function districtFigure(db: Db, project: Project, tableName: string, column: string): Promise<Float64Array> {
  const table = tableOf(project, tableName);
  const sql = populationSql({ table: table.name, district: table.district, ...(table.where ? { where: table.where } : {}) }, column);
  const cols = await db.queryColumns(sql.text, sql.params);
  return doubleColumn(cols, 'population');
}

async function regionIndex(db: Db, project: Project, tableName: string, column: string): Promise<Regions> {
  const table = tableOf(project, tableName);
  const sql = regionSql({ table: table.name, district: table.district, ...(table.where ? { where: table.where } : {}) }, column);
  const rows = await db.query(sql.text, sql.params);
  const names = [...new Set(rows.map((r) => r.region).filter((r): r is string => typeof r === 'string'))].sort();
  const index = Int32Array.from(rows, (r) => (typeof r.region === 'string' ? names.indexOf(r.region) : -1));
  return { index, count: Math.max(1, names.length) };
}

/** The run with its composite index recomputed for new weights (project updated to match). */
export async function withComposite(run: ProjectRun, spec: CompositeSpec, compute: Compute, options: TaskOptions = {}): Promise<ProjectRun> {
  const base = run.columns.filter((c) => c.source !== run.project.composite?.id);
  const composite = await compositeColumns(spec, base, compute, options);
  const columns = [...base, ...composite.columns];
  const inequality = await inequalityRows(columns, run.population, run.regions, compute, options);
  return { ...run, project: { ...run.project, composite: spec }, columns, composite, inequality };
}
