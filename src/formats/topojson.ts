// Boundary files arrive as GeoJSON or TopoJSON (national statistics offices and
// world-atlas publish TopoJSON: shared borders stored once, files several times smaller).
// TopoJSON is turned into the GeoJSON FeatureCollection readDistrictLayer already checks.
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { readDistrictLayer, type DistrictLayerData } from './districts.ts';
import { InputError, type Issue } from '../core/report.ts';

export interface BoundaryJson {
  /** The GeoJSON converted from the TopoJSON object, or the file's JSON as parsed. */
  readonly geojson: unknown;
  /** Name of the TopoJSON object converted; undefined when the file was not TopoJSON. */
  readonly object?: string;
  readonly issues: readonly Issue[];
}

/**
 * Parses boundary JSON text. From a TopoJSON Topology one object (`objectName`, else the
 * only one, else the first GeometryCollection holding polygons) becomes a GeoJSON
 * FeatureCollection in the topology's coordinates (degrees for geographic files); any
 * other JSON is returned as parsed.
 */
export function topologyToFeatureCollection(file: string, text: string, objectName?: string): BoundaryJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file, reason: `not valid JSON (${(e as Error).message})` });
  }
  if (!isTopology(json)) return { geojson: json, issues: [] };
  const objects = json.objects;
  if (typeof objects !== 'object' || objects === null || Object.keys(objects).length === 0) {
    throw new InputError({ file, reason: 'the TopoJSON Topology has no objects', code: 'topojsonNoObjects' });
  }
  const broken = Object.keys(objects).find((n) => typeof objects[n] !== 'object' || objects[n] === null);
  if (broken !== undefined) throw new InputError({ file, reason: `TopoJSON object "${broken}" is not a geometry object`, code: 'topojsonNotGeometry', values: { name: broken } });
  if (!Array.isArray(json.arcs)) throw new InputError({ file, reason: 'the TopoJSON Topology has no "arcs" array', code: 'topojsonNoArcs' });
  const { name, issues } = pickObject(file, objects, objectName);
  let converted: Feature | FeatureCollection;
  try {
    converted = feature(json, objects[name]!);
  } catch (e) {
    throw new InputError({ file, reason: `TopoJSON object "${name}" could not be converted (${(e as Error).message})` });
  }
  // A single-geometry object converts to one Feature; districts are always a collection.
  const geojson: FeatureCollection = converted.type === 'FeatureCollection' ? converted : { type: 'FeatureCollection', features: [converted] };
  return { geojson, object: name, issues };
}

/**
 * Reads a district boundary file given as GeoJSON or TopoJSON into ids (text, leading zeros
 * kept), names and geometries; the TopoJSON object choice is reported among the issues.
 */
export function readBoundaryFile(file: string, text: string, idKey: string, nameKey: string, objectName?: string, labelKeys: readonly string[] = []): DistrictLayerData {
  // Plain GeoJSON goes straight to readDistrictLayer, parsed once; only text that may be
  // TopoJSON is parsed here first. A false match merely costs a second parse.
  if (!/"type"\s*:\s*"Topology"/.test(text)) return readDistrictLayer(file, text, idKey, nameKey, labelKeys);
  const converted = topologyToFeatureCollection(file, text, objectName);
  if (converted.object === undefined) return readDistrictLayer(file, text, idKey, nameKey, labelKeys);
  // readDistrictLayer takes text and src/ingest/districts.ts stays as it is, hence the
  // round trip; it costs a few ms for a district layer.
  const layer = readDistrictLayer(file, JSON.stringify(converted.geojson), idKey, nameKey, labelKeys);
  return { ...layer, issues: [...converted.issues, ...layer.issues] };
}

function isTopology(json: unknown): json is Topology {
  return typeof json === 'object' && json !== null && (json as { type?: unknown }).type === 'Topology';
}

function pickObject(file: string, objects: Topology['objects'], wanted: string | undefined): { name: string; issues: Issue[] } {
  const names = Object.keys(objects);
  const listed = names.map((n) => `"${n}"`).join(', ');
  if (wanted !== undefined) {
    if (!(wanted in objects)) throw new InputError({ file, reason: `no TopoJSON object "${wanted}"; the file has ${listed}`, code: 'topojsonMissing', values: { name: wanted, objects: listed } });
    return { name: wanted, issues: [] };
  }
  if (names.length === 1) return { name: names[0]!, issues: [] };
  const collections = names.filter((n) => objects[n]!.type === 'GeometryCollection');
  const candidates = collections.length > 0 ? collections : names;
  const polygonal = candidates.find((n) => hasPolygons(objects[n]!));
  const name = polygonal ?? candidates[0]!;
  const why = polygonal === undefined ? 'none holds polygons' : 'the first with polygons';
  const code = polygonal === undefined ? 'topojsonChosenNoPolygons' : 'topojsonChosen';
  return { name, issues: [{ file, reason: `the TopoJSON has ${names.length} objects (${listed}); using "${name}" (${why})`, code, values: { count: names.length, objects: listed, name } }] };
}

function hasPolygons(object: Topology['objects'][string]): boolean {
  if (object.type === 'GeometryCollection') return object.geometries.some(hasPolygons);
  return object.type === 'Polygon' || object.type === 'MultiPolygon';
}
