// Pure updaters of a project the planner builds in the browser. Each returns a new project
// and never changes its input. Removing a layer removes what depends on it, so the project
// stays valid, and records exactly what went where so that undo puts it all back.

import { NAME_PATTERN, RESERVED_IDS, RESERVED_LAYER_NAMES } from '../core/project/keys.ts';
import { parseMeasure } from '../core/project/measure.ts';
import type { CompositeMeasure, CompositePillarSpec, CompositeSpec, DistrictLayer, DistrictTable, Indicator, PointLayer, Project, TileLayer } from '../core/project/types.ts';

export type LayerKind = 'table' | 'tiles' | 'points';
export interface LayerOfKind {
  readonly table: DistrictTable;
  readonly tiles: TileLayer;
  readonly points: PointLayer;
}
export type Layer = LayerOfKind[LayerKind];

/** The edited project, or why the edit cannot be made (a sentence for the planner). */
export type EditResult = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly error: string };

/** Everything one removal took out, each part with its position in the project before it. */
export interface Removal {
  readonly layer?: { readonly kind: LayerKind; readonly index: number; readonly layer: Layer };
  readonly indicators: readonly { readonly index: number; readonly indicator: Indicator }[];
  readonly population?: NonNullable<Project['population']>;
  readonly regions?: NonNullable<Project['regions']>;
  /** Measures taken out of pillars that remain; `pillar` and `index` are positions before the removal. */
  readonly measures: readonly { readonly pillar: number; readonly index: number; readonly measure: CompositeMeasure }[];
  /** Pillars left with nothing to weigh, whole. */
  readonly pillars: readonly { readonly index: number; readonly pillar: CompositePillarSpec }[];
  /** The composite index, whole, when none of its pillars remained. */
  readonly composite?: CompositeSpec;
  /** The project's keys in their order, so that an undone project is written out exactly as before. */
  readonly keys: readonly string[];
}

const LIST = { table: 'tables', tiles: 'tiles', points: 'points' } as const;
const NOUN = { table: 'table', tiles: 'tile layer', points: 'point layer' } as const;
const KINDS: readonly LayerKind[] = ['table', 'tiles', 'points'];

/** A project with nothing but a title and a district layer; without one, the layer's fields are empty and validation asks for them. */
export function newProject(title: string, districts: DistrictLayer = { file: '', id: '', name: '' }): Project {
  return { lastmile: 1, title, districts };
}

/** `project` with its district boundary layer replaced. */
export function setDistricts(project: Project, districts: DistrictLayer): Project {
  return { ...project, districts };
}

/** The project's tables, tile layers and point layers, in that order. */
export function layersOf(project: Project): { readonly kind: LayerKind; readonly index: number; readonly layer: Layer }[] {
  return KINDS.flatMap((kind) => (project[LIST[kind]] ?? []).map((layer: Layer, index: number) => ({ kind, index, layer })));
}

/** `project` with `layer` appended to its tables, tiles or points; refused if the name is invalid or taken (ignoring case). */
export function addLayer<K extends LayerKind>(project: Project, kind: K, layer: LayerOfKind[K]): EditResult {
  const { name } = layer;
  if (!NAME_PATTERN.test(name)) return refuse(`"${name}" is not a valid name: use letters, digits and "_", starting with a letter or "_"`);
  if (RESERVED_LAYER_NAMES.includes(name.toLowerCase())) return refuse(`"${name}" is reserved for the district layer; choose another name`);
  // DuckDB matches table names ignoring case, so "Schools" and "schools" would be one table.
  const taken = layersOf(project).find((other) => other.layer.name.toLowerCase() === name.toLowerCase());
  if (taken) return refuse(`"${name}" is already taken by the ${NOUN[taken.kind]} "${taken.layer.name}"; tables, tiles and points need different names (ignoring case)`);
  const list: readonly Layer[] = project[LIST[kind]] ?? [];
  return { ok: true, project: { ...project, [LIST[kind]]: [...list, layer] } };
}

/** `project` with `indicator` appended; refused if its id is invalid or taken (ignoring case), or its table does not exist. */
export function addIndicator(project: Project, indicator: Indicator): EditResult {
  const { id, table } = indicator;
  if (!NAME_PATTERN.test(id)) return refuse(`"${id}" is not a valid id: use letters, digits and "_", starting with a letter or "_"`);
  if (RESERVED_IDS.includes(id.toLowerCase())) return refuse(`"${id}" is reserved for another column of districts.csv; choose another id`);
  // Ids become districts.csv columns, shared with the composite index.
  const ids = [...(project.indicators ?? []).map((i) => i.id), ...(project.composite ? [project.composite.id] : [])];
  const taken = ids.find((other) => other.toLowerCase() === id.toLowerCase());
  if (taken !== undefined) return refuse(`"${id}" is already taken by "${taken}"; indicators and the composite index need different ids (ignoring case)`);
  const tables = (project.tables ?? []).map((t) => t.name);
  if (!tables.includes(table)) return refuse(`no table named "${table}"${tables.length > 0 ? ` (tables: ${tables.join(', ')})` : '; add the table first'}`);
  return { ok: true, project: { ...project, indicators: [...(project.indicators ?? []), indicator] } };
}

/** `project` without layer `name` and all that depends on it: its indicators, population, regions and composite measures. */
export function removeLayer(project: Project, name: string): { project: Project; removed: Removal } {
  const found = layersOf(project).find((l) => l.layer.name === name);
  if (!found) throw new Error(`no table, tile layer or point layer named "${name}"`);
  const indicators = found.kind === 'table' ? (project.indicators ?? []).flatMap((indicator, index) => (indicator.table === name ? [{ index, indicator }] : [])) : [];
  return cut(project, found, indicators);
}

/** `project` without indicator `id` and the composite measures built on it. */
export function removeIndicator(project: Project, id: string): { project: Project; removed: Removal } {
  const index = (project.indicators ?? []).findIndex((i) => i.id === id);
  const indicator = project.indicators?.[index];
  if (!indicator) throw new Error(`no indicator "${id}"`);
  return cut(project, undefined, [{ index, indicator }]);
}

function cut(project: Project, layer: Removal['layer'], indicators: Removal['indicators']): { project: Project; removed: Removal } {
  const ids = new Set(indicators.map((r) => r.indicator.id));
  const dependsOn = (key: string): boolean => {
    const m = parseMeasure(key);
    if (m === undefined) return false;
    return m.kind === 'tiles' || m.kind === 'points' ? layer?.kind === m.kind && layer.layer.name === m.layer : ids.has(m.indicator);
  };
  const table = layer?.kind === 'table' ? layer.layer.name : undefined;
  const population = table !== undefined && project.population?.table === table ? project.population : undefined;
  const regions = table !== undefined && project.regions?.table === table ? project.regions : undefined;
  const { kept, ...composite } = cutComposite(project.composite, dependsOn);
  const removed: Removal = { ...(layer && { layer }), indicators, ...(population && { population }), ...(regions && { regions }), ...composite, keys: Object.keys(project) };

  const out: Record<string, unknown> = { ...project };
  if (layer) out[LIST[layer.kind]] = project[LIST[layer.kind]]?.filter((_: Layer, i: number) => i !== layer.index);
  const gone = new Set(indicators.map((r) => r.index));
  if (gone.size > 0) out.indicators = project.indicators?.filter((_, i) => !gone.has(i));
  if (population) delete out.population;
  if (regions) delete out.regions;
  if (kept) out.composite = kept;
  else delete out.composite;
  return { project: out as unknown as Project, removed };
}

/** The composite without measures that `dependsOn`; a pillar (or the whole index) left with nothing to weigh goes too. */
function cutComposite(composite: CompositeSpec | undefined, dependsOn: (measure: string) => boolean): Pick<Removal, 'measures' | 'pillars' | 'composite'> & { kept?: CompositeSpec } {
  if (!composite) return { measures: [], pillars: [] };
  const measures: Removal['measures'][number][] = [];
  const pillars: Removal['pillars'][number][] = [];
  const kept: CompositePillarSpec[] = [];
  composite.pillars.forEach((pillar, p) => {
    const taken = pillar.indicators.flatMap((measure, index) => (dependsOn(measure.measure) ? [{ pillar: p, index, measure }] : []));
    if (taken.length === 0) return void kept.push(pillar);
    const rest = pillar.indicators.filter((m) => !dependsOn(m.measure));
    // Weights are normalised to sum to 1, so a pillar whose remaining weights are all 0 is invalid (validate-composite.ts).
    if (rest.every((m) => (m.weight ?? 1) === 0)) return void pillars.push({ index: p, pillar });
    measures.push(...taken);
    kept.push({ ...pillar, indicators: rest });
  });
  if (pillars.length > 0 && kept.every((p) => (p.weight ?? 1) === 0)) return { measures: [], pillars: [], composite };
  return { measures, pillars, kept: measures.length + pillars.length === 0 ? composite : { ...composite, pillars: kept } };
}

/** Undo: `project` with everything `removed` put back where it was (positions beyond the end append). */
export function restoreRemoval(project: Project, removed: Removal): Project {
  const out: Record<string, unknown> = { ...project };
  if (removed.layer) {
    const { kind, index, layer } = removed.layer;
    out[LIST[kind]] = insertAt<Layer>(project[LIST[kind]] ?? [], index, layer);
  }
  if (removed.indicators.length > 0) out.indicators = removed.indicators.reduce((list, r) => insertAt(list, r.index, r.indicator), project.indicators ?? []);
  if (removed.population) out.population = removed.population;
  if (removed.regions) out.regions = removed.regions;
  if (removed.composite) out.composite = removed.composite;
  else if (project.composite && removed.pillars.length + removed.measures.length > 0) {
    // Pillars first, ascending, so that each measure's pillar index points where it did before.
    const pillars = removed.pillars.reduce((list, r) => insertAt(list, r.index, r.pillar), project.composite.pillars);
    const restored = removed.measures.reduce(
      (list, r) => list.map((pillar, p) => (p === r.pillar ? { ...pillar, indicators: insertAt(pillar.indicators, r.index, r.measure) } : pillar)),
      pillars,
    );
    out.composite = { ...project.composite, pillars: restored };
  }
  return inKeyOrder(out, removed.keys) as unknown as Project;
}

function insertAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** `o` with keys listed in `order` first, in that order, then any others as they come. */
function inKeyOrder(o: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(o)]) if (Object.hasOwn(o, key) && !Object.hasOwn(out, key)) out[key] = o[key];
  return out;
}

function refuse(error: string): EditResult {
  return { ok: false, error };
}
