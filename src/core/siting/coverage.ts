// Which demand points each site covers: a bucket grid over the demand points (cells about one
// radius tall), so a site only tests the points in the few cells around it, then the exact
// haversine test decides. Built once per scenario; every solver reads the CSR arrays.

import { EARTH_RADIUS_M } from '../geo/distance.ts';

/** Coverage in compressed rows, one row per site (see SitingInstance). */
export interface Coverage {
  readonly coverStart: Int32Array;
  readonly coverDemand: Int32Array;
  /** Metres, same layout as coverDemand. */
  readonly coverDistance: Float64Array;
}

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;
// Keeps the grid's memory proportional to the points even for a continent at a 50 m radius.
const MIN_CELLS = 1024;

interface DemandGrid {
  readonly south: number;
  readonly west: number;
  readonly cellHeight: number;
  readonly cellWidth: number;
  readonly rows: number;
  readonly cols: number;
  /** Points of cell c are items[start[c] .. start[c+1]−1], ascending. */
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** Longitude and latitude of each item, in the same order (reads stay in cache). */
  readonly itemLon: Float64Array;
  readonly itemLat: Float64Array;
  /** cos(latitude) of each item, so a pair costs two sines, not two cosines more. */
  readonly itemCos: Float64Array;
  /** Per cell, the last query that read it: spans shifted by ±360° may reach the same cell twice. */
  readonly seen: Int32Array;
  query: number;
}

function buildGrid(lons: Float64Array, lats: Float64Array, radiusM: number): DemandGrid | null {
  let [west, south, east, north, sumLat, n] = [Infinity, Infinity, -Infinity, -Infinity, 0, 0];
  for (let i = 0; i < lons.length; i++) {
    const lon = lons[i]!;
    const lat = lats[i]!;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    sumLat += lat;
    n++;
  }
  if (n === 0) return null;
  // One radius of latitude is exact on the sphere; a longitude cell is the same ground width at
  // the mean latitude. Cell size only affects speed: the query widens by cos(lat) per site.
  const radiusDeg = Math.max((radiusM / EARTH_RADIUS_M) * DEG, 1e-9);
  const cosMean = Math.max(Math.cos((sumLat / n) / DEG), 0.05);
  let cellHeight = radiusDeg;
  let cellWidth = radiusDeg / cosMean;
  let rows = Math.floor((north - south) / cellHeight) + 1;
  let cols = Math.floor((east - west) / cellWidth) + 1;
  const maxCells = Math.max(MIN_CELLS, 2 * n);
  if (rows * cols > maxCells) {
    const scale = Math.sqrt((rows * cols) / maxCells);
    cellHeight *= scale;
    cellWidth *= scale;
    rows = Math.floor((north - south) / cellHeight) + 1;
    cols = Math.floor((east - west) / cellWidth) + 1;
  }
  const cellOf = new Int32Array(lons.length).fill(-1);
  const start = new Int32Array(rows * cols + 1);
  for (let i = 0; i < lons.length; i++) {
    const lon = lons[i]!;
    const lat = lats[i]!;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const row = Math.min(rows - 1, Math.floor((lat - south) / cellHeight));
    const col = Math.min(cols - 1, Math.floor((lon - west) / cellWidth));
    const cell = row * cols + col;
    cellOf[i] = cell;
    start[cell + 1]!++;
  }
  for (let c = 0; c < rows * cols; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, rows * cols);
  const items = new Int32Array(n);
  const itemLon = new Float64Array(n);
  const itemLat = new Float64Array(n);
  const itemCos = new Float64Array(n);
  for (let i = 0; i < lons.length; i++) {
    const cell = cellOf[i]!;
    if (cell < 0) continue;
    const at = fill[cell]!++;
    items[at] = i;
    itemLon[at] = lons[i]!;
    itemLat[at] = lats[i]!;
    itemCos[at] = Math.cos(lats[i]! * RAD);
  }
  return { south, west, cellHeight, cellWidth, rows, cols, start, items, itemLon, itemLat, itemCos, seen: new Int32Array(rows * cols), query: 0 };
}

/** Calls visit(point, metres) for every grid point within radiusM metres of (lon, lat) (degrees), in no set order. */
function forEachNear(
  grid: DemandGrid,
  lon: number,
  lat: number,
  radiusM: number,
  visit: (point: number, metres: number) => void,
): void {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
  const angle = radiusM / EARTH_RADIUS_M;
  const dLat = angle * DEG * (1 + 1e-9) + 1e-12;
  // Widest longitude span of the circle: reached at the latitude of the band farthest from the
  // equator; near a pole (or a radius past a quarter of the globe) every longitude is in range.
  const cosEdge = Math.cos(Math.min(90, Math.abs(lat) + dLat) / DEG);
  const sinAngle = Math.sin(Math.min(angle, Math.PI / 2));
  const dLon = angle >= Math.PI / 2 || cosEdge <= sinAngle ? 180 : Math.asin(sinAngle / cosEdge) * DEG * (1 + 1e-9) + 1e-12;
  const { south, west, cellHeight, cellWidth, rows, cols, start, items, itemLon, itemLat, itemCos, seen } = grid;
  const cosLat = Math.cos(lat * RAD);
  // Haversine's h grows with distance: a pair whose h is clearly above the radius's is out
  // without the arcsine; the rest get the full formula and the exact ≤ test.
  const hRadius = Math.sin(angle / 2) ** 2 * (1 + 1e-6) + 1e-300;
  const query = ++grid.query;
  const rowFirst = Math.max(0, Math.floor((lat - dLat - south) / cellHeight));
  const rowLast = Math.min(rows - 1, Math.floor((lat + dLat - south) / cellHeight));
  // The circle may cross the antimeridian: look at the span shifted by ±360° too.
  const spans = dLon >= 180 ? [[-Infinity, Infinity]] : [[lon - dLon, lon + dLon], [lon - dLon + 360, lon + dLon + 360], [lon - dLon - 360, lon + dLon - 360]];
  for (const [lo, hi] of spans) {
    const colFirst = Math.max(0, Math.floor((lo! - west) / cellWidth));
    const colLast = Math.min(cols - 1, Math.floor((hi! - west) / cellWidth));
    if (colFirst > colLast) continue;
    for (let row = rowFirst; row <= rowLast; row++) {
      for (let cell = row * cols + colFirst; cell <= row * cols + colLast; cell++) {
        if (seen[cell] === query) continue;
        seen[cell] = query;
        for (let k = start[cell]!; k < start[cell + 1]!; k++) {
          // The circle's bounding box first (cheap, conservative), then the exact haversine.
          const pLat = itemLat[k]!;
          if (pLat < lat - dLat || pLat > lat + dLat) continue;
          const pLon = itemLon[k]!;
          let across = Math.abs(pLon - lon);
          if (across > 180) across = 360 - across;
          if (across > dLon) continue;
          // haversineMetres(lon, lat, pLon, pLat), with the same operations in the same order
          // (so bit for bit the same result) but the cosines looked up.
          const sinLat = Math.sin(((pLat - lat) * RAD) / 2);
          const sinLon = Math.sin(((pLon - lon) * RAD) / 2);
          const h = sinLat * sinLat + cosLat * itemCos[k]! * sinLon * sinLon;
          if (h > hRadius) continue;
          const metres = 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
          if (metres <= radiusM) visit(items[k]!, metres);
        }
      }
    }
  }
}

/** Demand points (degrees) within radiusM metres (haversine) of each site (degrees), as CSR rows per site, ascending; NaN points are never covered. */
export function buildCoverage(
  demandLon: Float64Array,
  demandLat: Float64Array,
  siteLon: Float64Array,
  siteLat: Float64Array,
  radiusM: number,
): Coverage {
  const grid = buildGrid(demandLon, demandLat, radiusM);
  const coverStart = new Int32Array(siteLon.length + 1);
  let demand = new Int32Array(Math.max(16, siteLon.length * 4));
  let distance = new Float64Array(demand.length);
  let size = 0;
  for (let j = 0; j < siteLon.length; j++) {
    if (grid) {
      forEachNear(grid, siteLon[j]!, siteLat[j]!, radiusM, (point, metres) => {
        if (size === demand.length) {
          demand = grow(demand, new Int32Array(demand.length * 2));
          distance = grow(distance, new Float64Array(distance.length * 2));
        }
        demand[size] = point;
        distance[size++] = metres;
      });
    }
    coverStart[j + 1] = size;
  }
  return ascendingRows(coverStart, demand.subarray(0, size), distance.subarray(0, size), demandLon.length);
}

// Rows come out grouped by site but in cell order; two stable counting sorts (by demand, then
// by site) put each row in ascending demand order in linear time.
function ascendingRows(coverStart: Int32Array, demand: Int32Array, distance: Float64Array, nDemand: number): Coverage {
  const size = demand.length;
  const byDemand = new Int32Array(nDemand + 1);
  for (let k = 0; k < size; k++) byDemand[demand[k]! + 1]!++;
  for (let d = 0; d < nDemand; d++) byDemand[d + 1]! += byDemand[d]!;
  const order = new Int32Array(size);
  for (let k = 0; k < size; k++) order[byDemand[demand[k]!]!++] = k;
  const siteOf = new Int32Array(size);
  for (let j = 0; j + 1 < coverStart.length; j++) siteOf.fill(j, coverStart[j]!, coverStart[j + 1]!);
  const fill = coverStart.slice(0, coverStart.length - 1);
  const coverDemand = new Int32Array(size);
  const coverDistance = new Float64Array(size);
  for (const k of order) {
    const at = fill[siteOf[k]!]!++;
    coverDemand[at] = demand[k]!;
    coverDistance[at] = distance[k]!;
  }
  return { coverStart, coverDemand, coverDistance };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** 1 for each demand point (degrees) within radiusM metres of some existing site (degrees), else 0. */
export function coveredByExisting(
  demandLon: Float64Array,
  demandLat: Float64Array,
  existingLon: Float64Array,
  existingLat: Float64Array,
  radiusM: number,
): Uint8Array {
  const covered = new Uint8Array(demandLon.length);
  const grid = buildGrid(demandLon, demandLat, radiusM);
  if (!grid) return covered;
  for (let e = 0; e < existingLon.length; e++) {
    forEachNear(grid, existingLon[e]!, existingLat[e]!, radiusM, (point) => {
      covered[point] = 1;
    });
  }
  return covered;
}
