// District geometry as flat typed arrays (in the spirit of earcut and flatbush): one coordinate
// array plus three offset arrays, so thousands of rings cost a handful of allocations and move
// between threads as four transferable ArrayBuffers instead of a cloned tree of GeoJSON objects.
// A ring crossing the 180° meridian is stored as two planar rings (src/core/geo/antimeridian.ts).
import { planarRings } from './antimeridian.ts';

/** A GeoJSON position: [longitude, latitude, ...ignored] in degrees. */
export type Position = readonly number[];

/** A GeoJSON Polygon: an outer ring then its holes, each ring a list of positions in degrees. */
export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly Position[])[];
}

/** A GeoJSON MultiPolygon: a list of polygons' coordinates, in degrees. */
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly Position[])[])[];
}

/** The part of a GeoJSON feature this module reads: a district's geometry, possibly missing. */
export interface DistrictFeature {
  readonly geometry: PolygonGeometry | MultiPolygonGeometry | null;
}

/**
 * Rings of N districts. Ring r has vertices ringStarts[r] … ringStarts[r + 1] − 1; polygon p has
 * rings polygonStarts[p] …; district d has polygons districtStarts[d] …. Rings are stored open
 * (GeoJSON's repeated closing vertex is dropped) and are closed implicitly.
 */
export interface DistrictPolygons {
  /** Vertices as interleaved [lon0, lat0, lon1, lat1, …], in degrees. */
  readonly coords: Float64Array;
  /** First vertex (not coordinate) index of each ring; length rings + 1. */
  readonly ringStarts: Uint32Array;
  /** First ring index of each polygon (outer ring, then holes); length polygons + 1. */
  readonly polygonStarts: Uint32Array;
  /** First polygon index of each district; length districts + 1. */
  readonly districtStarts: Uint32Array;
}

/** Packs the districts' geometry (features in district order, degrees) into flat arrays; throws on bad input. */
export function fromGeoJSON(features: readonly DistrictFeature[]): DistrictPolygons {
  const polygonsOf = features.map((feature, i) => polygonsOfFeature(feature, i));
  let polygonCount = 0;
  let ringCount = 0;
  let vertexCount = 0;
  for (const polygons of polygonsOf) {
    for (const rings of polygons) {
      for (const ring of rings) vertexCount += openLength(ring);
      ringCount += rings.length;
    }
    polygonCount += polygons.length;
  }
  const coords = new Float64Array(vertexCount * 2);
  const ringStarts = new Uint32Array(ringCount + 1);
  const polygonStarts = new Uint32Array(polygonCount + 1);
  const districtStarts = new Uint32Array(features.length + 1);
  let v = 0;
  let r = 0;
  let p = 0;
  polygonsOf.forEach((polygons, d) => {
    districtStarts[d] = p;
    for (const rings of polygons) {
      polygonStarts[p++] = r;
      for (const ring of rings) {
        ringStarts[r++] = v;
        for (let i = 0; i < openLength(ring); i++) {
          const [lon, lat] = ring[i]!;
          if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
            throw new Error(`district ${d}: vertex ${i} of a ring is not a finite [lon, lat]: ${JSON.stringify(ring[i])}`);
          }
          coords[2 * v] = lon!;
          coords[2 * v + 1] = lat!;
          v++;
        }
      }
    }
  });
  ringStarts[r] = v;
  polygonStarts[p] = r;
  districtStarts[features.length] = p;
  return { coords, ringStarts, polygonStarts, districtStarts };
}

/** Number of districts held. */
export function districtCount(polys: DistrictPolygons): number {
  return polys.districtStarts.length - 1;
}

/** The buffers to list as transferables when posting the geometry to or from a worker. */
export function polygonBuffers(polys: DistrictPolygons): ArrayBufferLike[] {
  return [polys.coords.buffer, polys.ringStarts.buffer, polys.polygonStarts.buffer, polys.districtStarts.buffer];
}

/**
 * Whether the point (lon, lat in degrees) lies in district d, by the even-odd rule over all of
 * its rings: holes and the parts of a MultiPolygon need no special case, and overlapping parts
 * cancel. The crossing test is half-open, like a pixel [west, east) × [south, north): a point
 * exactly on an edge belongs to the side east of it (north of it, for an east-west edge), so a
 * square owns its west and south edges and its south-west corner only. Each edge is evaluated
 * with its endpoints sorted by latitude, so the verdict depends on the edge, not on the ring's
 * direction; hence a point on an edge or vertex shared by neighbours with identical vertices
 * lands in exactly one of them (in none if it is also on their joint outer border). Where
 * neighbours' borders do not share vertices (slivers, gaps, a vertex on one side only) no such
 * promise can be made.
 */
export function pointInDistrict(polys: DistrictPolygons, d: number, lon: number, lat: number): boolean {
  const { coords, ringStarts, polygonStarts, districtStarts } = polys;
  const firstRing = polygonStarts[districtStarts[d]!]!;
  const endRing = polygonStarts[districtStarts[d + 1]!]!;
  let inside = false;
  for (let r = firstRing; r < endRing; r++) {
    const start = ringStarts[r]!;
    const end = ringStarts[r + 1]!;
    for (let i = start, j = end - 1; i < end; j = i++) {
      const ay = coords[2 * j + 1]!;
      const by = coords[2 * i + 1]!;
      // Half-open in latitude (lo ≤ lat < hi): a vertex on the ray counts for one edge only.
      if (ay > lat === by > lat) continue;
      const ax = coords[2 * j]!;
      const bx = coords[2 * i]!;
      const crosses = ay < by ? westOfEdge(ax, ay, bx, by, lon, lat) : westOfEdge(bx, by, ax, ay, lon, lat);
      if (crosses) inside = !inside;
    }
  }
  return inside;
}

/** Bounding box of every district, 4 numbers each [west, south, east, north] in degrees; empty → ±Infinity. */
export function districtBounds(polys: DistrictPolygons): Float64Array {
  const { coords, ringStarts, polygonStarts, districtStarts } = polys;
  const n = districtCount(polys);
  const bounds = new Float64Array(4 * n);
  for (let d = 0; d < n; d++) {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    const firstVertex = ringStarts[polygonStarts[districtStarts[d]!]!]!;
    const endVertex = ringStarts[polygonStarts[districtStarts[d + 1]!]!]!;
    for (let v = firstVertex; v < endVertex; v++) {
      const lon = coords[2 * v]!;
      const lat = coords[2 * v + 1]!;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    bounds.set([west, south, east, north], 4 * d);
  }
  return bounds;
}

// Whether (lon, lat) is strictly west of the edge lo→hi (loY < hiY): the eastward ray crosses it.
// A cross product rather than a division; one formula for both ring directions keeps a shared
// edge's verdict identical in the two districts that share it.
function westOfEdge(loX: number, loY: number, hiX: number, hiY: number, lon: number, lat: number): boolean {
  return (hiX - loX) * (lat - loY) > (lon - loX) * (hiY - loY);
}

type Rings = readonly (readonly Position[])[];

function polygonsOfFeature(feature: DistrictFeature, i: number): readonly Rings[] {
  const geometry = feature.geometry;
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [planarRings(geometry.coordinates)];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(planarRings);
  throw new Error(`feature ${i}: geometry type "${(geometry as { type: unknown }).type}" is not Polygon or MultiPolygon`);
}

// GeoJSON repeats the first vertex at the end of a ring; storing it would add a zero-length edge.
function openLength(ring: readonly Position[]): number {
  const n = ring.length;
  if (n < 2) return n;
  const first = ring[0]!;
  const last = ring[n - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? n - 1 : n;
}
