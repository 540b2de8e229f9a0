// Reads a district boundary layer (GeoJSON FeatureCollection) into ids, names and
// geometries, checking what a boundary file from a planning office often gets wrong
// (geometry-checks.ts: projected coordinates, open or too-short rings).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { asFeatureCollection, assertLonLat, checkDistrictGeometry } from './geometry-checks.ts';
import { InputError, type Issue } from '../core/report.ts';

export type DistrictGeometry = Polygon | MultiPolygon;

export interface DistrictLayerData {
  /** District ids as text, in file order (leading zeros kept). */
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Geometry per district; null when the feature had none (reported). */
  readonly geometries: readonly (DistrictGeometry | null)[];
  readonly issues: readonly Issue[];
}

/**
 * Parses boundary GeoJSON text; throws InputError when the file cannot be used at all. Names
 * come from `labelKeys` (the project's `districts.label`) when given, else from `nameKey`.
 */
export function readDistrictLayer(file: string, text: string, idKey: string, nameKey: string, labelKeys: readonly string[] = []): DistrictLayerData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file, reason: `not valid JSON (${(e as Error).message})` });
  }
  const fc = asFeatureCollection(file, json);
  assertLonLat(file, fc);

  const ids: string[] = [];
  const names: string[] = [];
  const geometries: (DistrictGeometry | null)[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  fc.features.forEach((f: Feature, i) => {
    const row = i + 1;
    const props = f.properties ?? {};
    const rawId = props[idKey];
    if (rawId === undefined || rawId === null || String(rawId).trim() === '') {
      issues.push({ file, row, column: idKey, reason: 'feature has no district id; skipped', code: 'noDistrictId' });
      return;
    }
    const id = String(rawId);
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({ file, row, column: idKey, reason: `duplicate district id "${id}" (first at feature ${first}); skipped`, code: 'duplicateDistrictId', values: { id, first } });
      return;
    }
    seen.set(id, row);
    const g = f.geometry;
    let geometry: DistrictGeometry | null = null;
    if (g === null || g === undefined) {
      issues.push({ file, row, column: 'geometry', reason: `district "${id}" has no geometry`, code: 'noGeometry', values: { id } });
    } else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      const checked = checkDistrictGeometry(file, row, id, g);
      geometry = checked.geometry;
      issues.push(...checked.issues);
    } else {
      issues.push({ file, row, column: 'geometry', reason: `district "${id}" is a ${g.type}, not a polygon; geometry ignored`, code: 'notPolygon', values: { id, type: g.type } });
    }
    ids.push(id);
    names.push(districtLabel(props, labelKeys.length ? labelKeys : [nameKey], nameKey, id));
    geometries.push(geometry);
  });
  if (ids.length === 0) throw new InputError({ file, column: idKey, reason: `no feature has a "${idKey}" property` });
  return { ids, names, geometries, issues };
}

/** A district's display name: the non-empty values of `keys` joined by ", "; else the `nameKey` property; else its id. */
export function districtLabel(props: Readonly<Record<string, unknown>>, keys: readonly string[], nameKey: string, id: string): string {
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
  const parts = keys.map((k) => text(props[k])).filter((p) => p !== '');
  return parts.length ? parts.join(', ') : text(props[nameKey]) || id;
}
