// Sniffs a boundary file (GeoJSON or TopoJSON, read whole): its properties as columns, a
// sample of them, and a summary of its geometry for the planner to check at a glance.
import type { Feature } from 'geojson';
import { asFeatureCollection, assertLonLat, findPosition } from '../formats/geometry-checks.ts';
import type { Issue } from '../core/report.ts';
import { topologyToFeatureCollection } from '../formats/topojson.ts';

export interface BoundarySummary {
  readonly features: number;
  /** Geometry types in order of first appearance: "Polygon", "MultiPolygon", "Point"… */
  readonly types: string[];
  readonly nullGeometries: number;
  /** [west, south, east, north] in degrees; null when no feature has coordinates. */
  readonly bbox: [number, number, number, number] | null;
  /** Properties present on every feature with a different, non-empty value on each: candidate district ids. */
  readonly uniqueProperties: string[];
  /** The TopoJSON object read; undefined for GeoJSON. */
  readonly object?: string;
}

export interface BoundaryHead {
  readonly kind: 'geojson' | 'topojson';
  readonly columns: string[];
  readonly sample: Record<string, string | null>[];
  readonly geometry: BoundarySummary;
  readonly issues: readonly Issue[];
}

/** Sniffs GeoJSON or TopoJSON text; throws InputError for JSON that is not a usable collection in longitude/latitude. */
export function sniffBoundaryText(file: string, text: string, sampleRows: number): BoundaryHead {
  const converted = topologyToFeatureCollection(file, text);
  const fc = asFeatureCollection(file, converted.geojson);
  assertLonLat(file, fc);
  const features: Feature[] = fc.features;
  const columns = [...new Set(features.flatMap((f) => Object.keys(f?.properties ?? {})))];
  const rows = features.map((f) => Object.fromEntries(columns.map((c) => [c, asText(f?.properties?.[c])])));
  const uniqueProperties = columns.filter((c) => {
    const values = rows.map((r) => r[c] ?? null);
    return values.every((v) => v !== null && v.trim() !== '') && new Set(values).size === values.length;
  });
  const types: string[] = [];
  let nullGeometries = 0;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    if (!f?.geometry) {
      nullGeometries++;
      continue;
    }
    if (!types.includes(f.geometry.type)) types.push(f.geometry.type);
    findPosition(f.geometry, ([x, y]) => {
      box[0] = Math.min(box[0]!, x!);
      box[1] = Math.min(box[1]!, y!);
      box[2] = Math.max(box[2]!, x!);
      box[3] = Math.max(box[3]!, y!);
      return false;
    });
  }
  const bbox = box[0]! <= box[2]! ? (box as [number, number, number, number]) : null;
  const geometry: BoundarySummary = { features: features.length, types, nullGeometries, bbox, uniqueProperties, ...(converted.object ? { object: converted.object } : {}) };
  return { kind: converted.object === undefined ? 'geojson' : 'topojson', columns, sample: rows.slice(0, sampleRows), geometry, issues: converted.issues };
}

/** A property value as the text a table cell would hold; objects as JSON. */
function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
