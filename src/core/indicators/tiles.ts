// Speed-test tiles (Ookla open data: avg_d_kbps, avg_u_kbps, avg_lat_ms, tests, devices per
// zoom-16 tile) aggregated per district and per "by" group (e.g. fixed vs mobile, quarter).
// Ookla's own guidance is to weight tile averages by the number of tests, because a tile with
// 300 tests says more than a tile with 1: https://github.com/teamookla/ookla-open-data
//
// Missing data (NaN = missing):
// - a tile with tests NaN counts in `tiles` but weighs nothing in any sum or mean;
// - a NaN speed or latency leaves the tile out of that one mean only; a NaN download also
//   leaves it out of the below-threshold share (we cannot tell which side it is on);
// - devices NaN leaves the tile out of the devices sum;
// - tests = 0 (not in Ookla's data, but possible after filtering) weighs nothing;
// - a cell with no tested tiles has NaN means and NaN share.

/** Speed-test tiles as columns, one entry per tile (Ookla's field name in parentheses). */
export interface TileColumns {
  /** District per tile, 0…nDistricts−1; −1 = outside every district. */
  readonly district: ArrayLike<number>;
  /** Group per tile, 0…nGroups−1; omitted = one group. */
  readonly group?: ArrayLike<number>;
  /** Mean download speed of the tile's tests, kbps (avg_d_kbps). */
  readonly downloadKbps: ArrayLike<number>;
  /** Mean upload speed of the tile's tests, kbps (avg_u_kbps). */
  readonly uploadKbps: ArrayLike<number>;
  /** Mean latency of the tile's tests, milliseconds (avg_lat_ms). */
  readonly latencyMs: ArrayLike<number>;
  /** Number of tests in the tile. */
  readonly tests: ArrayLike<number>;
  /** Number of distinct devices that tested in the tile. */
  readonly devices: ArrayLike<number>;
}

/** Sizes of the output grid and the slow-speed threshold (Mbps). */
export interface TileOptions {
  readonly nDistricts: number;
  /** Number of groups; 1 by default. */
  readonly nGroups?: number;
  /** Download speed below which a tile's tests count as "slow", Mbps; 25 by default (FCC broadband benchmark of 2015). */
  readonly thresholdMbps?: number;
}

/** Per (district, group) cell, flat columns indexed [district·nGroups + group]. */
export interface TileAggregate {
  readonly nDistricts: number;
  readonly nGroups: number;
  readonly thresholdMbps: number;
  /** Number of tiles. */
  readonly tiles: Float64Array;
  /** Σ tests. */
  readonly tests: Float64Array;
  /** Σ devices (a device testing in two tiles counts twice). */
  readonly devices: Float64Array;
  /** Test-weighted mean download speed, Mbps. */
  readonly downloadMbps: Float64Array;
  /** Test-weighted mean upload speed, Mbps. */
  readonly uploadMbps: Float64Array;
  /** Test-weighted mean latency, milliseconds. */
  readonly latencyMs: Float64Array;
  /** Percent (0–100) of tests in tiles whose mean download is below the threshold. */
  readonly shareTestsBelowThresholdPct: Float64Array;
  /** Tiles with district −1, over all groups. */
  readonly outside: { readonly tiles: number; readonly tests: number; readonly devices: number };
}

/** Test-weighted speed, latency and below-threshold share per (district, group) from Ookla tiles; speeds in Mbps. */
export function aggregateTiles(columns: TileColumns, options: TileOptions): TileAggregate {
  const { nDistricts, nGroups = 1, thresholdMbps = 25 } = options;
  checkCount('nDistricts', nDistricts, 0);
  checkCount('nGroups', nGroups, 1);
  if (!(thresholdMbps >= 0 && thresholdMbps < Infinity)) throw new RangeError(`thresholdMbps must be finite and ≥ 0, got ${thresholdMbps}`);
  const n = columns.district.length;
  for (const name of ['group', 'downloadKbps', 'uploadKbps', 'latencyMs', 'tests', 'devices'] as const) {
    const column = columns[name];
    if (column !== undefined && column.length !== n) throw new Error(`${name} has ${column.length} tiles but district has ${n}`);
  }
  const thresholdKbps = thresholdMbps * 1000;
  const cells = nDistricts * nGroups;
  const tiles = new Float64Array(cells);
  const tests = new Float64Array(cells);
  const devices = new Float64Array(cells);
  const download = new WeightedMeans(cells);
  const upload = new WeightedMeans(cells);
  const latency = new WeightedMeans(cells);
  const slowTests = new Float64Array(cells);
  const outside = { tiles: 0, tests: 0, devices: 0 };

  for (let i = 0; i < n; i++) {
    const d = columns.district[i]!;
    const g = columns.group === undefined ? 0 : columns.group[i]!;
    const t = columns.tests[i]!;
    const v = columns.devices[i]!;
    if (!(Number.isInteger(d) && d >= -1 && d < nDistricts)) throw new RangeError(`tile ${i}: district ${d} is not in [-1, ${nDistricts})`);
    if (!(Number.isInteger(g) && g >= 0 && g < nGroups)) throw new RangeError(`tile ${i}: group ${g} is not in [0, ${nGroups})`);
    if (t < 0) throw new RangeError(`tile ${i}: tests must be ≥ 0, got ${t}`);
    if (d === -1) {
      outside.tiles++;
      if (!Number.isNaN(t)) outside.tests += t;
      if (!Number.isNaN(v)) outside.devices += v;
      continue;
    }
    const c = d * nGroups + g;
    tiles[c]!++;
    if (!Number.isNaN(v)) devices[c]! += v;
    if (Number.isNaN(t)) continue;
    tests[c]! += t;
    const kbps = columns.downloadKbps[i]!;
    download.add(c, t, kbps);
    upload.add(c, t, columns.uploadKbps[i]!);
    latency.add(c, t, columns.latencyMs[i]!);
    if (kbps < thresholdKbps) slowTests[c]! += t;
  }

  const downloadMbps = download.means(1000);
  const uploadMbps = upload.means(1000);
  const shareTestsBelowThresholdPct = new Float64Array(cells);
  // The share's base is the tests whose download is known: the download mean's weight.
  for (let c = 0; c < cells; c++) shareTestsBelowThresholdPct[c] = ratio(100 * slowTests[c]!, download.weight[c]!);
  return {
    nDistricts,
    nGroups,
    thresholdMbps,
    tiles,
    tests,
    devices,
    downloadMbps,
    uploadMbps,
    latencyMs: latency.means(1),
    shareTestsBelowThresholdPct,
    outside,
  };
}

/** Running Σt·v and Σt per cell, skipping missing values v. */
class WeightedMeans {
  readonly sum: Float64Array;
  readonly weight: Float64Array;
  constructor(cells: number) {
    this.sum = new Float64Array(cells);
    this.weight = new Float64Array(cells);
  }
  add(cell: number, t: number, v: number): void {
    if (Number.isNaN(v)) return;
    this.sum[cell]! += t * v;
    this.weight[cell]! += t;
  }
  /** Σt·v / Σt per cell, divided by `per` (1000 turns kbps into Mbps); NaN where Σt = 0. */
  means(per: number): Float64Array {
    return this.sum.map((s, c) => ratio(s, this.weight[c]!) / per);
  }
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : Number.NaN;
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
}
