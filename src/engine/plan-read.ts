// Reads a scenario's inputs out of the loaded project: demand, candidate and existing points
// (each layer's filter and the scenario's applied in SQL), the district each falls in, the
// offline rate and group shares per district. The result is plain columns for plan-instance.ts.
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import { closest } from '../core/project/suggest.ts';
import { ADDED_LAYER } from '../core/project/keys.ts';
import type { PointLayer, Project, Scenario, ScenarioGroup, WhereFilter } from '../core/project/types.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { districtShareSql, planPointsSql, type PlanPointColumns } from '../db/plan-sql.ts';
import type { TableLoad } from '../db/load-table.ts';
import { rowLines } from '../db/table-checks.ts';
import type { DistrictLayerData } from '../formats/districts.ts';
import { InputError } from '../core/report.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { DistrictColumn } from './district-columns.ts';
import { baseName } from './file-source.ts';
import type { BackhaulInput, CandidateInput, GroupInput, PlanInputs } from './plan-instance.ts';

/** What planning needs from a run (or, after the engine split, a loaded project). */
export interface PlanContext {
  readonly project: Project;
  readonly opened: { readonly districts: DistrictLayerData; readonly tables: readonly TableLoad[] };
  /** districts.csv columns (only_offline reads one). */
  readonly columns: readonly DistrictColumn[];
}

/** District index of each point (degrees), −1 outside every district. The one place plan reads locate points. */
export async function locate(compute: Compute, polygons: DistrictPolygons, lons: Float64Array, lats: Float64Array, options: TaskOptions): Promise<Int32Array> {
  return compute.call('locatePoints', [polygons, lons, lats], options);
}

type Locator = (lons: Float64Array, lats: Float64Array) => Promise<Int32Array>;

/** True for a group whose weight is a district share from a table (not a demand-layer column). */
const isTableGroup = (g: ScenarioGroup): g is Extract<ScenarioGroup, { table: string }> => 'table' in g && g.table !== undefined;

/** Points of a layer with their lines and positions (and districts, given a locator), plus the asked-for columns. */
async function readPoints(db: Db, layer: PointLayer, where: WhereFilter | undefined, columns: PlanPointColumns, locateAll?: Locator, source?: string) {
  const sql = planPointsSql(layer, where, columns);
  const cols = await db.queryColumns(sql.text, sql.params);
  const lines = await rowLines(db, layer.name);
  const rows = Int32Array.from(cols.r as number[], (r) => lines.of(Number(r)));
  const lon = doubleColumn(cols, 'lon');
  const lat = doubleColumn(cols, 'lat');
  return { cols, rows, lon, lat, district: locateAll ? await locateAll(lon, lat) : new Int32Array(lon.length).fill(-1), file: source ?? baseName(layer.file) };
}

/** The plain inputs of `scenario` (throws InputError for a column its file lacks). */
export async function readPlanInputs(db: Db, context: PlanContext, scenario: Scenario, polygons: DistrictPolygons, compute: Compute, options: TaskOptions = {}): Promise<PlanInputs> {
  const { project } = context;
  checkScenarioColumns(project, scenario, context.opened.tables);
  const layerOf = (name: string) => {
    const layer = project.points?.find((p) => p.name === name);
    if (!layer) throw new Error(`scenario "${scenario.id}": no point layer "${name}"`);
    return layer;
  };
  const locateAll: Locator = (lons, lats) => locate(compute, polygons, lons, lats, options);
  // A bundle's converted table is named as the CSV it was made from (bundle-parquet.ts).
  const sourceOf = (layer: PointLayer) => context.opened.tables.find((t) => t.table === layer.name)?.source;
  const columnGroups = Object.entries(scenario.groups ?? {}).filter(([, g]) => !isTableGroup(g));
  const demandLayer = layerOf(scenario.demand.points);
  const demand = await readPoints(db, demandLayer, undefined, { ...(scenario.demand.weight ? { weight: scenario.demand.weight } : {}), groups: columnGroups.map(([, g]) => g.column) }, locateAll, sourceOf(demandLayer));

  const groups: GroupInput[] = [];
  for (const [name, g] of Object.entries(scenario.groups ?? {})) {
    if (isTableGroup(g)) {
      const table = project.tables?.find((t) => t.name === g.table);
      if (!table) throw new Error(`scenario "${scenario.id}": no table "${g.table}"`);
      const sql = districtShareSql({ table: table.name, district: table.district, ...(table.where ? { where: table.where } : {}) }, g.column);
      const share = doubleColumn(await db.queryColumns(sql.text, sql.params), 'share');
      groups.push({ name, kind: 'share', file: baseName(table.file), column: g.column, share: g.percent ? share.map((s) => s / 100) : share });
    } else {
      const k = columnGroups.findIndex(([other]) => other === name);
      groups.push({ name, kind: 'column', column: g.column, values: doubleColumn(demand.cols, `g${k}`) });
    }
  }

  const candidates: CandidateInput[] = [];
  for (const c of Array.isArray(scenario.candidates) ? scenario.candidates : [scenario.candidates]) {
    const layer = layerOf(c.points);
    const p = await readPoints(db, layer, c.where, { ...(layer.id ? { id: layer.id } : {}), ...(typeof c.cost === 'string' ? { cost: c.cost } : {}) }, locateAll, sourceOf(layer));
    const ids = (p.cols.id as (string | null)[] | undefined) ?? [];
    candidates.push({
      layer: layer.name, file: p.file, rows: p.rows, lon: p.lon, lat: p.lat, district: p.district,
      ids: Array.from(p.rows, (line, i) => ids[i] ?? `line ${line}`),
      ...(typeof c.cost === 'string' ? { cost: doubleColumn(p.cols, 'cost'), costColumn: c.cost } : { cost: c.cost }),
      ...(c.capacity !== undefined ? { capacity: c.capacity } : {}),
    });
  }
  if (scenario.added?.length) candidates.push(await addedSites(scenario, locateAll));

  const existingLayer = scenario.existing ? layerOf(scenario.existing.points) : null;
  const existing = scenario.existing && existingLayer ? await readPoints(db, existingLayer, scenario.existing.where, existingLayer.id ? { id: existingLayer.id } : {}, undefined, sourceOf(existingLayer)) : null;
  const backhaul: BackhaulInput[] = [];
  const network = scenario.network;
  if (network?.backhaul) {
    const layer = layerOf(network.backhaul.points);
    backhaul.push(backhaulOf(layer.name, await readPoints(db, layer, network.backhaul.where, layer.id ? { id: layer.id } : {}, undefined, sourceOf(layer))));
  }
  if (network?.existing_as_backhaul && existing && existingLayer) backhaul.push(backhaulOf(existingLayer.name, existing));
  const offline = scenario.demand.only_offline;
  return {
    scenario,
    districtIds: context.opened.districts.ids,
    demand: { file: demand.file, rows: demand.rows, lon: demand.lon, lat: demand.lat, district: demand.district, weight: scenario.demand.weight ? doubleColumn(demand.cols, 'weight') : null, ...(scenario.demand.weight ? { weightColumn: scenario.demand.weight } : {}) },
    ...(offline ? { offline: { column: offline, rate: offlineRate(context.columns, offline) } } : {}),
    groups,
    candidates,
    existing: existing ? { lon: existing.lon, lat: existing.lat } : null,
    ...(network ? { backhaul } : {}),
  };
}

/** A layer's points as backhaul, named by its id column or else by line. */
function backhaulOf(layer: string, p: Awaited<ReturnType<typeof readPoints>>): BackhaulInput {
  const ids = (p.cols.id as (string | null)[] | undefined) ?? [];
  return { layer, file: p.file, rows: p.rows, lon: p.lon, lat: p.lat, ids: Array.from(p.rows, (line, i) => ids[i] ?? `line ${line}`) };
}

/** Sites placed by hand, as one more candidate layer ("added"). */
async function addedSites(scenario: Scenario, locateAll: Locator): Promise<CandidateInput> {
  const added = scenario.added ?? [];
  const lon = Float64Array.from(added, (a) => a.lon);
  const lat = Float64Array.from(added, (a) => a.lat);
  return { layer: ADDED_LAYER, file: 'project', rows: Int32Array.from(added, (_, i) => i + 1), ids: added.map((a) => a.id), lon, lat, district: await locateAll(lon, lat), cost: Float64Array.from(added, (a) => a.cost) };
}

function offlineRate(columns: readonly DistrictColumn[], name: string): Float64Array {
  const column = columns.find((c) => c.name === name);
  if (!column) throw new Error(`only_offline: districts.csv has no column "${name}"`);
  return column.values;
}

/** Throws InputError for the first column a scenario names that its file lacks (with a suggestion). */
export function checkScenarioColumns(project: Project, scenario: Scenario, loads: readonly TableLoad[]): void {
  const need: [layer: string, column: string, key: string][] = [];
  const key = (k: string) => `scenarios["${scenario.id}"].${k}`;
  if (scenario.demand.weight) need.push([scenario.demand.points, scenario.demand.weight, key('demand.weight')]);
  for (const [name, g] of Object.entries(scenario.groups ?? {})) need.push([isTableGroup(g) ? g.table : scenario.demand.points, g.column, key(`groups.${name}.column`)]);
  (Array.isArray(scenario.candidates) ? scenario.candidates : [scenario.candidates]).forEach((c, i) => {
    const at = Array.isArray(scenario.candidates) ? `candidates[${i}]` : 'candidates';
    if (typeof c.cost === 'string') need.push([c.points, c.cost, key(`${at}.cost`)]);
    for (const column of Object.keys(c.where ?? {})) need.push([c.points, column, key(`${at}.where`)]);
  });
  for (const column of Object.keys(scenario.existing?.where ?? {})) need.push([scenario.existing!.points, column, key('existing.where')]);
  const backhaul = scenario.network?.backhaul;
  for (const column of Object.keys(backhaul?.where ?? {})) need.push([backhaul!.points, column, key('network.backhaul.where')]);
  const files = new Map([...(project.tables ?? []), ...(project.points ?? [])].map((l) => [l.name, baseName(l.file)]));
  for (const [layer, column, named] of need) {
    const load = loads.find((l) => l.table === layer);
    if (!load || load.columns.includes(column)) continue;
    const hint = closest(column, load.columns);
    throw new InputError({ file: files.get(layer) ?? layer, column, reason: `no such column (named by ${named})${hint ? `; did you mean "${hint}"?` : ''} — the file has: ${load.columns.join(', ')}` });
  }
}

