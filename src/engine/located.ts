// Point and tile layers as the load step leaves them: placed in districts, one entry per row
// of the layer (after its `where`), in file order.

/** A point layer placed in districts: per point, in file order (after `where`). */
export interface LocatedPoints {
  readonly name: string;
  /** Degrees; NaN where the file has no usable coordinate. */
  readonly lons: Float64Array;
  readonly lats: Float64Array;
  /** District index per point (boundary order); −1 outside every district or without coordinates. */
  readonly district: Int32Array;
  /** The layer's value column per point, when it has one (NaN where missing). */
  readonly values: Float64Array | null;
  readonly rows: number;
  readonly missingCoordinates: number;
  /** Points with coordinates that lie in no district. */
  readonly outside: number;
}

/** Speed-test tiles placed in districts by the centre of their quadkey, with their metrics. */
export interface LocatedTiles {
  readonly name: string;
  readonly by: readonly string[];
  /** Values of the `by` columns per group, sorted; one empty group without `by`. */
  readonly groups: readonly { readonly key: readonly string[] }[];
  /** Group index per tile. */
  readonly group: Int32Array;
  readonly district: Int32Array;
  readonly downloadKbps: Float64Array;
  readonly uploadKbps: Float64Array;
  readonly latencyMs: Float64Array;
  readonly tests: Float64Array;
  readonly devices: Float64Array;
  readonly rows: number;
  readonly invalidQuadkeys: readonly { readonly row: number; readonly reason: string }[];
  /** Tiles with a valid quadkey whose centre lies outside every district, and their tests and devices. */
  readonly outside: { readonly tiles: number; readonly tests: number; readonly devices: number };
}
