// A raster index for assigning many points (speed-test tiles, schools, population cells) to
// districts. Most cells lie wholly inside one district or outside all of them, so most points
// are answered by one array read; only points in cells that an edge passes through pay for an
// exact point-in-polygon test. The answers equal `pointInDistrict` tried on every district in
// index order (the first that contains the point wins; −1 if none).
//
// Why that equality holds: a cell is a boundary cell for every district with an edge within
// `pad` of it, and for a district with no edge that close the even-odd test cannot change value
// anywhere in the cell, so one test at the cell centre answers for all its points. `pad`
// (~1e-9 × coordinate size) dwarfs the rounding in the crossing test and in the cell lookup
// (~1e-16 × coordinate size), so neither can move a point across an edge the grid did not see.

import { otherSideOfAntimeridian } from './antimeridian.ts';
import { binAt, binDistrictBounds, type BoundsBins } from './bounds-bins.ts';
import { edgeDistrictsByCell, frameAround, type GridFrame } from './grid-frame.ts';
import { districtBounds, districtCount, pointInDistrict, type DistrictPolygons } from './polygon.ts';

/**
 * The index: a frame of cells over the districts' bounds (widened by pad; points beyond it are
 * in no district), all in typed arrays and plain numbers so it can be posted to a worker
 * (transfer `gridBuffers(grid)`).
 */
export interface DistrictGrid extends GridFrame {
  /** Districts and vertices of the geometry it was built for (a guard against mixing them up). */
  readonly districts: number;
  readonly vertices: number;
  /** Per cell: k ≥ 0 → the answer is district k; −1 → no district; ≤ −2 → boundary cell number −2 − value. */
  readonly cells: Int32Array;
  /** Per boundary cell, where its candidates start in `candidates`; length boundary cells + 1. */
  readonly candidateStarts: Uint32Array;
  /** Districts to test exactly, ascending, for each boundary cell in turn. */
  readonly candidates: Int32Array;
  /** Per boundary cell, the answer when no candidate contains the point (a district covering the cell, or −1). */
  readonly fallback: Int32Array;
}

/** Options for `buildDistrictGrid`. */
export interface DistrictGridOptions {
  /** Cells along the longer side of the districts' bounds, 1..4096; default 8·√(vertex count), within 16..1024. */
  readonly resolution?: number;
}

/** Builds the lookup grid for the districts (degrees); cost ~ cells + vertices + boundary cells × PIP. */
export function buildDistrictGrid(polys: DistrictPolygons, options: DistrictGridOptions = {}): DistrictGrid {
  const n = districtCount(polys);
  const vertices = polys.coords.length / 2;
  // Finer cells put fewer points in boundary cells but cost memory and build time; on Kenya's
  // counties (18k vertices, bench/point-in-district.bench.ts) assignment time stops falling near
  // 1024 cells a side. The cap keeps the cell array at 4 MB at most.
  const resolution = options.resolution ?? Math.min(1024, Math.max(16, Math.ceil(8 * Math.sqrt(vertices))));
  // 4096² cells already take ~256 MB of working arrays while building.
  if (!Number.isInteger(resolution) || resolution < 1 || resolution > 4096) {
    throw new Error(`grid resolution must be a whole number 1..4096, got ${resolution}`);
  }
  const bounds = districtBounds(polys);
  const frame = frameAround(polys.coords, resolution);
  // Only districts whose box holds a cell centre are tried there.
  const bins = binDistrictBounds(bounds, frame);
  const { cols, rows, cellWidth, cellHeight, west, south } = frame;
  const edges = edgeDistrictsByCell(polys, frame);
  const boundaryCount = edges.starts.length - 1;

  // Every district without an edge near a cell is constant over it: test at the cell centre.
  // Along a row, neighbouring cells free of edges share their answer, so one test per run.
  const cells = new Int32Array(cols * rows);
  const fallback = new Int32Array(boundaryCount);
  const candidateStarts = new Uint32Array(boundaryCount + 1);
  const candidates: number[] = [];
  for (let row = 0; row < rows; row++) {
    const lat = south + (row + 0.5) * cellHeight;
    let runAnswer = -1;
    let inRun = false;
    for (let col = 0; col < cols; col++) {
      const c = row * cols + col;
      const lon = west + (col + 0.5) * cellWidth;
      const b = edges.boundaryOf[c]!;
      if (b < 0) {
        if (!inRun) runAnswer = firstContaining(polys, bounds, bins, lon, lat, edges.districts, 0, 0);
        inRun = true;
        cells[c] = runAnswer;
        continue;
      }
      inRun = false;
      cells[c] = -2 - b;
      const from = edges.starts[b]!;
      const to = edges.starts[b + 1]!;
      const cover = firstContaining(polys, bounds, bins, lon, lat, edges.districts, from, to);
      fallback[b] = cover;
      // Candidates after the covering district can never be the first to contain a point.
      for (let k = from; k < to && (cover < 0 || edges.districts[k]! < cover); k++) candidates.push(edges.districts[k]!);
      candidateStarts[b + 1] = candidates.length;
    }
  }
  return {
    west, south, east: frame.east, north: frame.north, cellWidth, cellHeight, cols, rows,
    districts: n,
    vertices,
    cells,
    candidateStarts,
    candidates: Int32Array.from(candidates),
    fallback,
  };
}

/** District containing each point (lon/lat in degrees), −1 for none; onProgress(done, total) in points. */
export function assignPoints(
  grid: DistrictGrid,
  polys: DistrictPolygons,
  lons: Float64Array,
  lats: Float64Array,
  onProgress?: (done: number, total: number) => void,
): Int32Array {
  if (lons.length !== lats.length) {
    throw new Error(`lons and lats differ in length: ${lons.length} vs ${lats.length}`);
  }
  if (grid.districts !== districtCount(polys) || grid.vertices !== polys.coords.length / 2) {
    throw new Error(`grid was built for ${grid.districts} districts / ${grid.vertices} vertices, not these polygons`);
  }
  const total = lons.length;
  const out = new Int32Array(total);
  for (let start = 0; start < total; start += PROGRESS_CHUNK) {
    const end = Math.min(total, start + PROGRESS_CHUNK);
    for (let i = start; i < end; i++) out[i] = locatePoint(grid, polys, lons[i]!, lats[i]!);
    onProgress?.(end, total);
  }
  return out;
}

// Points per progress report: often enough for a smooth bar, rare enough to cost nothing.
const PROGRESS_CHUNK = 65_536;

/**
 * District containing one point (lon, lat in degrees), −1 for none; same answer as
 * `assignPoints`. A point on the 180° meridian is tried as 180° and as −180°: the half-open
 * test gives a split district's eastern edge at 180° to no one, and its western part at −180°
 * owns it, so the district that has the point gets it whichever way it is written.
 */
export function locatePoint(grid: DistrictGrid, polys: DistrictPolygons, lon: number, lat: number): number {
  const found = locateInFrame(grid, polys, lon, lat);
  const other = otherSideOfAntimeridian(lon);
  return found < 0 && !Number.isNaN(other) ? locateInFrame(grid, polys, other, lat) : found;
}

function locateInFrame(grid: DistrictGrid, polys: DistrictPolygons, lon: number, lat: number): number {
  // Written so that NaN fails too.
  if (!(lon >= grid.west && lon <= grid.east && lat >= grid.south && lat <= grid.north)) return -1;
  // Clamped: a point on the east or north edge of the frame belongs to the last cell.
  const col = Math.min(grid.cols - 1, Math.floor((lon - grid.west) / grid.cellWidth));
  const row = Math.min(grid.rows - 1, Math.floor((lat - grid.south) / grid.cellHeight));
  const code = grid.cells[row * grid.cols + col]!;
  if (code >= -1) return code;
  const b = -2 - code;
  for (let k = grid.candidateStarts[b]!, end = grid.candidateStarts[b + 1]!; k < end; k++) {
    const d = grid.candidates[k]!;
    if (pointInDistrict(polys, d, lon, lat)) return d;
  }
  return grid.fallback[b]!;
}

/** The buffers to list as transferables when posting the grid to or from a worker. */
export function gridBuffers(grid: DistrictGrid): ArrayBufferLike[] {
  return [grid.cells.buffer, grid.candidateStarts.buffer, grid.candidates.buffer, grid.fallback.buffer];
}

// First district (ascending) containing the point, skipping those listed in skip[from..to),
// which is sorted. A district whose bounds miss the point is skipped without a test: callers
// pass cell centres at least pad from every edge of the districts they ask about, where the
// test could only have said no. Only the point's bin is scanned: it lists, ascending, every
// district whose bounds can hold the point.
function firstContaining(
  polys: DistrictPolygons,
  bounds: Float64Array,
  bins: BoundsBins,
  lon: number,
  lat: number,
  skip: Int32Array,
  from: number,
  to: number,
): number {
  let s = from;
  const bin = binAt(bins, lon, lat);
  for (let k = bins.starts[bin]!, end = bins.starts[bin + 1]!; k < end; k++) {
    const d = bins.districts[k]!;
    while (s < to && skip[s]! < d) s++;
    if (s < to && skip[s] === d) continue;
    if (lon < bounds[4 * d]! || lat < bounds[4 * d + 1]! || lon > bounds[4 * d + 2]! || lat > bounds[4 * d + 3]!) continue;
    if (pointInDistrict(polys, d, lon, lat)) return d;
  }
  return -1;
}
