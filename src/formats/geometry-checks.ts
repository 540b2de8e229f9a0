// Checks of a district boundary file that a planning office's GIS export often gets wrong:
// coordinates in a projected system (UTM metres) rather than longitude/latitude, rings left
// open, rings too short to enclose anything. What can be repaired is repaired and reported;
// what cannot is refused with how to fix it. Inputs are never mutated.
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { InputError, type CheckCode, type Issue, type IssueValues } from '../core/report.ts';

const REPROJECT = 'reproject the file to WGS 84 (EPSG:4326), e.g. in QGIS: Export → Save Features As… with CRS "EPSG:4326"';
/**
 * CRS names meaning longitude/latitude degrees: WGS 84 (EPSG:4326, OGC CRS84), and NAD83
 * (4269, CRS83; US Census files) and ETRS89 (4258), which differ from WGS 84 by about a metre.
 */
const GEOGRAPHIC = /(^|[^0-9])(4326|4269|4258)$|CRS8[34]$/i;

/** Throws InputError unless `json` is a GeoJSON FeatureCollection with at least one feature. */
export function asFeatureCollection(file: string, json: unknown): FeatureCollection {
  const fc = json as Partial<FeatureCollection> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    const found = typeof fc === 'object' && fc !== null && 'type' in fc ? `"${String(fc.type)}"` : 'no "type"';
    throw new InputError({ file, reason: `expected a GeoJSON FeatureCollection, found ${found}` });
  }
  if (fc.features.length === 0) throw new InputError({ file, reason: 'the FeatureCollection has no features' });
  return fc as FeatureCollection;
}

/** Throws InputError when coordinates are not longitude/latitude in degrees: beyond ±180/±90, or a "crs" member naming another system. */
export function assertLonLat(file: string, fc: FeatureCollection): void {
  const crs = crsName(fc);
  const declared = crs !== undefined && !GEOGRAPHIC.test(crs) ? crs : undefined;
  for (const [i, f] of fc.features.entries()) {
    const p = f?.geometry ? findPosition(f.geometry, ([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90) : undefined;
    if (p === undefined) continue;
    const example = `${coordinate(p[0]!)}, ${coordinate(p[1]!)}${declared ? `; the file declares "${declared}"` : ''}`;
    throw new InputError({ file, row: i + 1, column: 'geometry', reason: `coordinates look projected (e.g. ${example}), not longitude/latitude; ${REPROJECT}` });
  }
  if (declared !== undefined) {
    throw new InputError({ file, column: 'crs', reason: `the file declares its coordinates in "${declared}", not longitude/latitude (WGS 84); ${REPROJECT}` });
  }
}

/** The first position of a geometry (any type) satisfying `test`, numbers only. */
export function findPosition(g: Geometry, test: (p: Position) => boolean): Position | undefined {
  if (g.type === 'GeometryCollection') {
    for (const part of g.geometries ?? []) {
      const found = findPosition(part, test);
      if (found) return found;
    }
    return undefined;
  }
  const walk = (c: unknown): Position | undefined => {
    if (!Array.isArray(c)) return undefined;
    if (typeof c[0] === 'number') return typeof c[1] === 'number' && test(c as Position) ? (c as Position) : undefined;
    for (const inner of c) {
      const found = walk(inner);
      if (found) return found;
    }
    return undefined;
  };
  return walk((g as { coordinates?: unknown }).coordinates);
}

export interface CheckedGeometry {
  /** The geometry, repaired where needed (a copy then); null when no ring was usable. */
  readonly geometry: Polygon | MultiPolygon | null;
  readonly issues: Issue[];
}

/** Closes open rings and drops rings with fewer than 4 positions, reporting each (row = feature number, 1-based). */
export function checkDistrictGeometry(file: string, row: number, id: string, g: Polygon | MultiPolygon): CheckedGeometry {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const issues: Issue[] = [];
  let changed = false;
  const report = (reason: string, code: CheckCode, values: IssueValues) => issues.push({ file, row, column: 'geometry', reason: `district "${id}": ${reason}`, code, values: { id, ...values } });
  const kept: Position[][][] = [];
  const pending: [string, boolean, RingProblem, IssueValues][] = [];
  polygons.forEach((rings, p) => {
    const part = g.type === 'MultiPolygon' && polygons.length > 1 ? ` of part ${p + 1}` : '';
    // Which ring, as values: hole 0 is the outline, part 0 a polygon of one part.
    const which = { hole: 0, part: part ? p + 1 : 0 };
    const out: Position[][] = [];
    for (const [r, ring] of (Array.isArray(rings) ? rings : []).entries()) {
      const label = r === 0 ? `the outline${part}` : `hole ${r}${part}`;
      const checked = checkRing(ring);
      if (checked.problem !== undefined) {
        changed = true;
        pending.push([`${label} ${checked.problem}`, r === 0, checked.code, { ...which, hole: r, ...(checked.positions !== undefined ? { count: checked.positions } : {}) }]);
        if (r === 0) return;
        continue;
      }
      if (checked.ring !== ring) {
        changed = true;
        report(`${label} is not closed (its last position differs from its first); closed automatically`, 'ringOpen', { ...which, hole: r });
      }
      out.push(checked.ring);
    }
    if (out.length > 0) kept.push(out);
  });
  // The consequence of a bad ring depends on what is left, so it is written last.
  for (const [reason, outline, code, values] of pending) {
    const then = kept.length === 0 ? 'geometry' : outline ? 'part' : 'hole';
    report(`${reason}; ${kept.length === 0 ? 'geometry ignored' : outline ? 'that part is ignored' : 'that hole is ignored'}`, code, { ...values, then });
  }
  if (!changed) return { geometry: g, issues };
  if (kept.length === 0) return { geometry: null, issues };
  const geometry: Polygon | MultiPolygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
  return { geometry, issues };
}

/** Why a ring cannot be used, as a check code (Issue.code). */
type RingProblem = 'ringNotPositions' | 'ringTooFew';

function checkRing(ring: unknown): { ring: Position[]; problem?: undefined } | { ring?: undefined; problem: string; code: RingProblem; positions?: number } {
  if (!Array.isArray(ring) || !ring.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]))) {
    return { problem: 'is not a list of [longitude, latitude] positions', code: 'ringNotPositions' };
  }
  const positions = ring as Position[];
  const first = positions[0];
  const last = positions.at(-1);
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  if ((closed ? positions.length : positions.length + 1) < 4) {
    const n = positions.length;
    return { problem: `has ${n} position${n === 1 ? '' : 's'}, fewer than the 4 a ring needs (a triangle with its first position repeated at the end)`, code: 'ringTooFew', positions: n };
  }
  return { ring: closed ? positions : [...positions, [...first!]] };
}

function crsName(fc: FeatureCollection): string | undefined {
  const name = (fc as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  return typeof name === 'string' ? name : undefined;
}

/** A coordinate as a planner would recognise it: metres rounded, degrees as written. */
function coordinate(v: number): string {
  return Math.abs(v) >= 1000 ? String(Math.round(v)) : String(v);
}
