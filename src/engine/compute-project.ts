// The compute step: every figure of a run from a loaded project — indicators (SQL over the
// loaded tables, then src/core in a worker), point counts and tile speeds per district,
// district columns with small-number protection, the composite index, inequality and the
// report. It reads no file and locates nothing, so an edit that touches no file costs only this.
import { findTable, tableNamed } from '../core/project/tables.ts';
import type { Indicator, Project } from '../core/project/types.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { tableRef } from '../db/indicator-sql.ts';
import { populationSql, regionSql } from '../db/layer-sql.ts';
import { compositeColumns } from './composite-columns.ts';
import { districtColumns, suppressionRules } from './district-columns.ts';
import { inequalityRows, type Regions } from './inequality-rows.ts';
import { keyOf, type LoadCache } from './load-cache.ts';
import type { LoadedProject } from './load-project.ts';
import { buildReport } from './run-report.ts';
import { runIndicators, type IndicatorMemo } from './run-indicators.ts';
import { pointLayerRun, tileLayerRun } from './run-layers.ts';
import type { ProjectRun } from './project-run.ts';
import { progressOf, type ProgressCode } from '../core/progress-steps.ts';

export interface ComputeOptions extends TaskOptions {
  /** Name of the project file, for messages and the report. */
  readonly projectFile?: string;
  /** The cache `loaded` came from: indicators whose inputs did not change are not computed again. */
  readonly cache?: LoadCache;
}

/** Every figure of `loaded.project`, from what is loaded (same numbers as a full run). */
export async function computeProject(db: Db, loaded: LoadedProject, compute: Compute, options: ComputeOptions = {}): Promise<ProjectRun> {
  const project = loaded.project;
  const step = (code: ProgressCode) => options.onProgress?.(0, 1, ...progressOf(code));
  const n = loaded.districts.ids.length;

  step('computingIndicators');
  const indicators = await runIndicators(db, project, compute, { ...options, ...(options.cache ? { memo: indicatorMemo(project, options.cache) } : {}) });
  const points = loaded.points.map((p) => pointLayerRun(p, n));
  const tiles = [];
  for (const [i, layer] of (project.tiles ?? []).entries()) tiles.push(await tileLayerRun(loaded.tiles[i]!, layer, n, compute, options));

  const columns = districtColumns(indicators, points, tiles, suppressionRules(project.suppression));
  const composite = project.composite ? await compositeColumns(project.composite, columns, compute, options) : null;
  if (composite) columns.push(...composite.columns);

  step('measuringInequality');
  const notes: string[] = [];
  const weights = project.population ? await districtFigure(db, project, project.population.table, project.population.column) : null;
  // Weights that are all missing (a text or empty column) weigh nothing: the measures are then
  // unweighted and say so, rather than computed over no district and called weighted.
  const population = weights && weights.some(Number.isFinite) ? weights : null;
  if (weights && !population) {
    notes.push(`inequality is not weighted by population: column "${project.population!.column}" of table "${project.population!.table}" holds no number for any district`);
  }
  const regions = project.regions ? await regionIndex(db, project, project.regions.table, project.regions.column) : null;
  const inequality = await inequalityRows(columns, population, regions, compute, options);
  const opened = { project, districts: loaded.districts, tables: loaded.tables, reports: loaded.reports };
  const report = await buildReport(db, project, opened, indicators, points, tiles, options.projectFile ?? 'project', [...loadNotes(loaded), ...notes]);
  return { project, opened, indicators, points, tiles, columns, composite, population, regions, inequality, report };
}

/** Notes from reading the files (an encoding or decimal mark assumed), each naming its file. */
function loadNotes(loaded: LoadedProject): string[] {
  return loaded.reports.flatMap((r) => (r.notes ?? []).map((n) => `${r.file}: ${n}`));
}

async function districtFigure(db: Db, project: Project, tableName: string, column: string): Promise<Float64Array> {
  const sql = populationSql(tableRef(tableNamed(project, tableName)), column);
  return doubleColumn(await db.queryColumns(sql.text, sql.params), 'population');
}

async function regionIndex(db: Db, project: Project, tableName: string, column: string): Promise<Regions> {
  const sql = regionSql(tableRef(tableNamed(project, tableName)), column);
  const rows = await db.query(sql.text, sql.params);
  const names = [...new Set(rows.map((r) => r.region).filter((r): r is string => typeof r === 'string'))].sort();
  const index = Int32Array.from(rows, (r) => (typeof r.region === 'string' ? names.indexOf(r.region) : -1));
  return { index, count: Math.max(1, names.length) };
}

/**
 * Indicator figures kept under the indicator, its table (file, decimal mark, district column,
 * `where`) and the districts: a composite weight or a new indicator leaves the others' SQL alone.
 */
function indicatorMemo(project: Project, cache: LoadCache): IndicatorMemo {
  const keyFor = (indicator: Indicator) => {
    const table = findTable(project, indicator.table);
    const loaded = cache.tables.get(indicator.table);
    return table && loaded && cache.districts ? keyOf(indicator, table, loaded.key, cache.districts.key) : undefined;
  };
  return {
    get(indicator) {
      const key = keyFor(indicator);
      const kept = cache.indicators.get(indicator.id);
      return key !== undefined && kept?.key === key ? kept.value : undefined;
    },
    set(indicator, result) {
      const key = keyFor(indicator);
      if (key !== undefined) cache.indicators.set(indicator.id, { key, value: result });
    },
  };
}
