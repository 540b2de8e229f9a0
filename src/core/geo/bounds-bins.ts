// Which districts' bounding boxes can hold a point: a coarse grid of bins, each listing (in
// ascending order) the districts whose box overlaps it. Building the district grid asks "first
// district containing this cell centre" tens of thousands of times; scanning all districts'
// boxes each time cost ~1.7 s on 3,240 counties on the main thread (issue #18). A bin lists a
// handful.
//
// Exact, not approximate: a point and a box edge go through the same monotone formula
// (subtract, divide, floor, clamp), so a point inside a box always lands in a bin the box was
// listed in, whatever the rounding.

/** Districts per bin, as offsets into one list (typed arrays, so the bins can travel to a worker). */
export interface BoundsBins {
  readonly west: number;
  readonly south: number;
  readonly binWidth: number;
  readonly binHeight: number;
  readonly cols: number;
  readonly rows: number;
  /** Per bin, where its districts start in `districts`; length bins + 1. */
  readonly starts: Uint32Array;
  /** Districts listed bin after bin, ascending within a bin. */
  readonly districts: Int32Array;
}

/**
 * Bins over [west, south, east, north] (degrees) for `bounds` (4 numbers per district, as
 * `districtBounds` gives; an empty district's ±Infinity box is listed nowhere); `side` bins
 * along each axis (default ⌈√districts⌉, so a bin holds a few districts).
 */
export function binDistrictBounds(bounds: Float64Array, frame: { readonly west: number; readonly south: number; readonly east: number; readonly north: number }, side?: number): BoundsBins {
  const n = bounds.length / 4;
  const cols = Math.max(1, Math.min(1024, side ?? Math.ceil(Math.sqrt(n))));
  const rows = cols;
  const binWidth = (frame.east - frame.west) / cols || 1;
  const binHeight = (frame.north - frame.south) / rows || 1;
  const bins = { west: frame.west, south: frame.south, binWidth, binHeight, cols, rows };
  // Two passes over the boxes: count per bin, then fill, so the list is one typed array.
  const counts = new Uint32Array(cols * rows + 1);
  const span = (d: number) => {
    const w = bounds[4 * d]!;
    const s = bounds[4 * d + 1]!;
    const e = bounds[4 * d + 2]!;
    const nn = bounds[4 * d + 3]!;
    if (!(w <= e && s <= nn)) return null;
    return [colOf(bins, w), rowOf(bins, s), colOf(bins, e), rowOf(bins, nn)] as const;
  };
  for (let d = 0; d < n; d++) {
    const box = span(d);
    if (!box) continue;
    for (let r = box[1]; r <= box[3]; r++) for (let c = box[0]; c <= box[2]; c++) counts[r * cols + c + 1]!++;
  }
  for (let b = 0; b < cols * rows; b++) counts[b + 1]! += counts[b]!;
  const starts = counts.slice();
  const next = counts.subarray(0, cols * rows).slice();
  const districts = new Int32Array(starts[cols * rows]!);
  // Districts in ascending order, so each bin's list comes out ascending.
  for (let d = 0; d < n; d++) {
    const box = span(d);
    if (!box) continue;
    for (let r = box[1]; r <= box[3]; r++) for (let c = box[0]; c <= box[2]; c++) districts[next[r * cols + c]!++] = d;
  }
  return { ...bins, starts, districts };
}

/** The bin holding lon/lat (degrees); points off the frame go to the nearest edge bin. */
export function binAt(bins: BoundsBins, lon: number, lat: number): number {
  return rowOf(bins, lat) * bins.cols + colOf(bins, lon);
}

function colOf(bins: Pick<BoundsBins, 'west' | 'binWidth' | 'cols'>, lon: number): number {
  return Math.max(0, Math.min(bins.cols - 1, Math.floor((lon - bins.west) / bins.binWidth)));
}

function rowOf(bins: Pick<BoundsBins, 'south' | 'binHeight' | 'rows'>, lat: number): number {
  return Math.max(0, Math.min(bins.rows - 1, Math.floor((lat - bins.south) / bins.binHeight)));
}
