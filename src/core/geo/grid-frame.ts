// The frame of a raster index: square cells over the districts' bounds, and which of those
// cells a polygon edge passes through or near. The traversal is exact, by rows (clip the
// segment to each row's band, take the columns it spans), not the edge's bbox, so a long
// diagonal edge marks a thin staircase of cells rather than a rectangle.

import { districtCount, type DistrictPolygons } from './polygon.ts';

/** A regular grid of cols × rows cells, row-major from the south-west corner (degrees). */
export interface GridFrame {
  /** West and south edges of the frame, in degrees. */
  readonly west: number;
  readonly south: number;
  /** East and north edges of the frame, in degrees. */
  readonly east: number;
  readonly north: number;
  /** Cell width in degrees of longitude. */
  readonly cellWidth: number;
  /** Cell height in degrees of latitude. */
  readonly cellHeight: number;
  /** Number of columns (west to east) and rows (south to north). */
  readonly cols: number;
  readonly rows: number;
}

/**
 * Calls mark(cell) for every cell (index row · cols + col) that comes within `pad` degrees
 * (L∞) of the segment (ax, ay)–(bx, by); a cell may be marked twice. Cells beyond the frame
 * are skipped.
 */
export function forEachEdgeCell(
  frame: GridFrame,
  pad: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  mark: (cell: number) => void,
): void {
  const { west, south, cellWidth, cellHeight, cols, rows } = frame;
  const rowFirst = clamp(Math.floor((Math.min(ay, by) - pad - south) / cellHeight), 0, rows - 1);
  const rowLast = clamp(Math.floor((Math.max(ay, by) + pad - south) / cellHeight), 0, rows - 1);
  for (let row = rowFirst; row <= rowLast; row++) {
    // The part of the segment inside this row's band widened by pad, as a parameter range.
    let t0 = 0;
    let t1 = 1;
    if (ay !== by) {
      const bandLow = south + row * cellHeight - pad;
      const bandHigh = south + (row + 1) * cellHeight + pad;
      const tLow = (bandLow - ay) / (by - ay);
      const tHigh = (bandHigh - ay) / (by - ay);
      t0 = Math.max(0, Math.min(tLow, tHigh));
      t1 = Math.min(1, Math.max(tLow, tHigh));
      if (t0 > t1) continue;
    }
    const x0 = ax + t0 * (bx - ax);
    const x1 = ax + t1 * (bx - ax);
    const colFirst = Math.floor((Math.min(x0, x1) - pad - west) / cellWidth);
    const colLast = Math.floor((Math.max(x0, x1) + pad - west) / cellWidth);
    if (colLast < 0 || colFirst >= cols) continue;
    const base = row * cols;
    for (let col = Math.max(colFirst, 0), end = Math.min(colLast, cols - 1); col <= end; col++) mark(base + col);
  }
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/**
 * The frame around the vertices (interleaved lon, lat in degrees), widened by `pad` on every side
 * and cut into square cells, `resolution` along the longer side. pad (degrees) is how far an edge
 * reaches into the cells around it: 1e-9 × the coordinates' size, far above the rounding of the
 * crossing test and of the cell lookup (~1e-16 × size), far below any sensible cell.
 */
export function frameAround(coords: Float64Array, resolution: number): GridFrame & { readonly pad: number } {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let size = 0;
  for (let i = 0; i < coords.length; i += 2) {
    const lon = coords[i]!;
    const lat = coords[i + 1]!;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    size = Math.max(size, Math.abs(lon), Math.abs(lat));
  }
  const pad = 1e-9 * (1 + size);
  // No vertices: an empty frame that every point falls outside of.
  if (coords.length === 0) {
    return { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity, cellWidth: 1, cellHeight: 1, cols: 0, rows: 0, pad };
  }
  const width = east - west + 2 * pad;
  const height = north - south + 2 * pad;
  const cell = Math.max(width, height) / resolution;
  const cols = Math.max(1, Math.ceil(width / cell));
  const rows = Math.max(1, Math.ceil(height / cell));
  return {
    west: west - pad,
    south: south - pad,
    // max: cols · cell may round a hair short of the widened bounds it was sized to cover.
    east: Math.max(west - pad + cols * cell, east + pad),
    north: Math.max(south - pad + rows * cell, north + pad),
    cellWidth: cell,
    cellHeight: cell,
    cols,
    rows,
    pad,
  };
}

/** Per boundary cell (a cell some edge comes within pad of), the districts owning such edges. */
export interface EdgeDistricts {
  /** Per cell, its boundary-cell number (row-major order), or −1 when no edge comes near it. */
  readonly boundaryOf: Int32Array;
  /** Per boundary cell, where its districts start in `districts`; length boundary cells + 1. */
  readonly starts: Uint32Array;
  /** District indices, ascending within each boundary cell. */
  readonly districts: Int32Array;
}

/** Which districts have an edge within frame.pad degrees of each cell of the frame. */
export function edgeDistrictsByCell(polys: DistrictPolygons, frame: GridFrame & { readonly pad: number }): EdgeDistricts {
  const cellCount = frame.cols * frame.rows;
  // (cell, district) pairs; districts arrive in ascending order, so each cell's list comes out
  // sorted, and `lastMarked` drops a district's repeat visits to a cell.
  const lastMarked = new Int32Array(cellCount).fill(-1);
  const perCell = new Uint32Array(cellCount);
  const pairCells: number[] = [];
  const pairDistricts: number[] = [];
  const { coords, ringStarts, polygonStarts, districtStarts } = polys;
  for (let d = 0; d < districtCount(polys); d++) {
    const mark = (cell: number): void => {
      if (lastMarked[cell] === d) return;
      lastMarked[cell] = d;
      perCell[cell]!++;
      pairCells.push(cell);
      pairDistricts.push(d);
    };
    for (let r = polygonStarts[districtStarts[d]!]!, end = polygonStarts[districtStarts[d + 1]!]!; r < end; r++) {
      const start = ringStarts[r]!;
      const stop = ringStarts[r + 1]!;
      for (let i = start, j = stop - 1; i < stop; j = i++) {
        forEachEdgeCell(frame, frame.pad, coords[2 * j]!, coords[2 * j + 1]!, coords[2 * i]!, coords[2 * i + 1]!, mark);
      }
    }
  }
  // Counting sort of the pairs by cell, boundary cells numbered in row-major order.
  const boundaryOf = new Int32Array(cellCount).fill(-1);
  const starts: number[] = [0];
  for (let c = 0; c < cellCount; c++) {
    if (perCell[c] === 0) continue;
    boundaryOf[c] = starts.length - 1;
    starts.push(starts[starts.length - 1]! + perCell[c]!);
  }
  const districts = new Int32Array(pairCells.length);
  const next = Uint32Array.from(starts);
  for (let p = 0; p < pairCells.length; p++) districts[next[boundaryOf[pairCells[p]!]!]!++] = pairDistricts[p]!;
  return { boundaryOf, starts: Uint32Array.from(starts), districts };
}
