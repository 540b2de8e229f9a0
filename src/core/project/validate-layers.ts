// Checks of the project's data files: the district layer, tables, tile layers and point layers.
// Tables, tiles and points become DuckDB tables, so they share one set of names.

import { at, describe, isObject, type Checker, type JsonObject } from './checker.ts';
import { filePathProblem, knownExtension, type FileRole } from './files.ts';
import { DECIMAL_SEPARATORS, KNOWN_KEYS, NAME_PATTERN, RESERVED_LAYER_NAMES } from './keys.ts';
import { DEFAULT_THRESHOLD_MBPS, TILE_METRICS, shareBelowMetric } from './measure.ts';

export type LayerKind = 'table' | 'tile layer' | 'point layer';

/** What later checks may refer to, gathered from the parts that were valid enough to name. */
export interface Catalogue {
  /** Indicator and composite ids: they share the columns of districts.csv. */
  readonly ids: { readonly name: string; readonly path: string }[];
  readonly layers: { readonly name: string; readonly kind: LayerKind; readonly path: string }[];
  /** Tile layers; only those without `by` have columns in districts.csv. */
  readonly tiles: { readonly name: string; readonly thresholdMbps: number; readonly by: boolean }[];
  /** Point layers with a `value` column, which have a points.<name>.sum column. */
  readonly pointSums: string[];
  /** Point layers with an `id` column (a scenario's candidate sites are named by it). */
  readonly pointIds: string[];
  readonly indicators: Map<string, { readonly kind: 'rate' | 'value'; readonly groups: string[]; readonly gaps: [string, string][] }>;
}

export function emptyCatalogue(): Catalogue {
  return { ids: [], layers: [], tiles: [], pointSums: [], pointIds: [], indicators: new Map() };
}

/** A file path relative to the project file, of a format that fits `role`. */
export function checkFile(c: Checker, value: unknown, path: string, role: FileRole): void {
  const file = c.string(value, path);
  if (file === undefined) return;
  const problem = filePathProblem(file, role);
  if (problem) c.report(path, problem);
}

export function checkDistricts(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, KNOWN_KEYS.districts, ['file', 'id', 'name']);
  if (!o) return;
  // With a geometry column the outlines come from a table (CSV or GeoParquet) as WKT or WKB.
  const boundaryFile = typeof o.file === 'string' && knownExtension(o.file, 'boundaries') !== undefined;
  if (o.geometry !== undefined && boundaryFile) c.report(at(path, 'geometry'), 'names a column of a CSV or Parquet boundary file; a GeoJSON or TopoJSON file carries its own geometry');
  else checkFile(c, o.file, at(path, 'file'), o.geometry === undefined ? 'boundaries' : 'rows');
  c.string(o.id, at(path, 'id'));
  c.string(o.name, at(path, 'name'));
  if (o.geometry !== undefined) c.string(o.geometry, at(path, 'geometry'));
  if (o.noun !== undefined) c.string(o.noun, at(path, 'noun'));
  const label = c.array(o.label, at(path, 'label'));
  if (label?.length === 0) c.report(at(path, 'label'), 'list at least one property, e.g. ["county_name", "state_name"]');
  label?.forEach((key, i) => c.string(key, at(at(path, 'label'), i)));
}

/** Each entry of "tables", "tiles" or "points", registering its name. */
export function checkLayers(c: Checker, value: unknown, path: string, kind: LayerKind, catalogue: Catalogue): void {
  c.array(value, path)?.forEach((item, i) => {
    const itemPath = at(path, i);
    const o = c.object(item, itemPath, KNOWN_KEYS[KEYS_OF[kind]], REQUIRED[kind]);
    if (!o) return;
    const name = layerName(c, o.name, at(itemPath, 'name'), kind, catalogue);
    checkFile(c, o.file, at(itemPath, 'file'), 'rows');
    if (o.where !== undefined) checkWhere(c, o.where, at(itemPath, 'where'));
    c.choice(o.decimal, at(itemPath, 'decimal'), DECIMAL_SEPARATORS);
    if (o.missing !== undefined) checkMissingCodes(c, o.missing, at(itemPath, 'missing'));
    if (kind === 'table') c.string(o.district, at(itemPath, 'district'));
    if (kind === 'point layer') for (const key of ['lon', 'lat'] as const) c.string(o[key], at(itemPath, key));
    if (kind === 'point layer' && o.id !== undefined && c.string(o.id, at(itemPath, 'id')) !== undefined && name !== undefined) catalogue.pointIds.push(name);
    if (kind === 'point layer' && o.value !== undefined && c.string(o.value, at(itemPath, 'value')) !== undefined && name !== undefined) catalogue.pointSums.push(name);
    if (kind === 'tile layer') checkTileLayer(c, o, itemPath, name, catalogue);
  });
}

/** "missing": a non-empty list of distinct finite numbers (codes such as -9 or 9999). */
function checkMissingCodes(c: Checker, value: unknown, path: string): void {
  const codes = c.array(value, path);
  if (!codes) return;
  if (codes.length === 0) c.report(path, 'lists no code: leave "missing" out, or list the numbers that mean "not reported" (e.g. [-9])');
  codes.forEach((code, i) => {
    if (typeof code !== 'number' || !Number.isFinite(code)) c.report(at(path, i), `${JSON.stringify(code)} is not a number; a "not reported" code is a number such as -9 or 9999`);
    else if (codes.indexOf(code) !== i) c.report(at(path, i), `${code} is listed twice`);
  });
}

const KEYS_OF = { table: 'table', 'tile layer': 'tile', 'point layer': 'point' } as const;
const REQUIRED: Record<LayerKind, readonly string[]> = {
  table: ['name', 'file', 'district'],
  'tile layer': ['name', 'file', 'columns'],
  'point layer': ['name', 'file', 'lon', 'lat'],
};

function layerName(c: Checker, value: unknown, path: string, kind: LayerKind, catalogue: Catalogue): string | undefined {
  const name = c.string(value, path);
  if (name === undefined) return undefined;
  if (!NAME_PATTERN.test(name)) {
    return c.report(path, `"${name}" is not a valid name: use letters, digits and "_", starting with a letter or "_"`);
  }
  if (RESERVED_LAYER_NAMES.includes(name.toLowerCase())) {
    return c.report(path, `"${name}" is reserved for the district layer; choose another name`);
  }
  // DuckDB matches table names ignoring case, even quoted ones.
  const taken = catalogue.layers.find((layer) => layer.name.toLowerCase() === name.toLowerCase());
  if (taken) {
    const clash = taken.name === name ? `is already the name of ${taken.path}` : `clashes with "${taken.name}" (${taken.path}) as names are compared ignoring case`;
    return c.report(path, `"${name}" ${clash}; tables, tiles and points share one set of names`);
  }
  catalogue.layers.push({ name, kind, path: path.replace(/\.name$/, '') });
  return name;
}

/** Equality filters: column → string, number or true/false. */
export function checkWhere(c: Checker, value: unknown, path: string): void {
  if (!isObject(value)) {
    c.report(path, `expected an object of column → value, got ${describe(value)}`);
    return;
  }
  for (const [column, v] of Object.entries(value)) {
    if (column.trim() === '') c.report(at(path, column), 'a column name must not be empty');
    else if (!(typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
      c.report(at(path, column), `expected a string, number or true/false, got ${describeFilterValue(v)}`);
    }
  }
}

function describeFilterValue(v: unknown): string {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'an array (a filter matches one value)' : typeof v === 'object' ? 'an object' : String(v);
}

function checkTileLayer(c: Checker, o: JsonObject, path: string, name: string | undefined, catalogue: Catalogue): void {
  const columns = c.object(o.columns, at(path, 'columns'), KNOWN_KEYS.tileColumns, KNOWN_KEYS.tileColumns);
  if (columns) for (const key of KNOWN_KEYS.tileColumns) c.string(columns[key], at(at(path, 'columns'), key));
  const thresholdMbps = c.number(o.threshold_mbps, at(path, 'threshold_mbps'), 0, true, ' Mbps') ?? DEFAULT_THRESHOLD_MBPS;
  if (o.by !== undefined) checkBy(c, o.by, at(path, 'by'), thresholdMbps);
  if (name !== undefined) catalogue.tiles.push({ name, thresholdMbps, by: o.by !== undefined && !(Array.isArray(o.by) && o.by.length === 0) });
}

/** Grouping columns; each becomes a column of tiles.<name>.csv, so it must not clash with one. */
function checkBy(c: Checker, value: unknown, path: string, thresholdMbps: number): void {
  const list = c.array(value, path);
  const output = ['district_id', ...TILE_METRICS, shareBelowMetric(thresholdMbps)];
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const column = c.string(item, at(path, i));
    if (column === undefined) return;
    if (seen.has(column)) c.report(at(path, i), `"${column}" is listed twice`);
    else if (output.includes(column)) c.report(at(path, i), `"${column}" is also an output column of the tiles CSV; rename it in the data`);
    seen.add(column);
  });
}
