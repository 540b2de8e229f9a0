// Figures drawn but flagged as thin: shown (unlike suppressed ones), yet resting on so little
// data that a planner should not read much into them. Speed-test summaries from a single
// tile (one ~600 m square) or from a handful of tests describe a spot, not a district.

/** Fewest tiles and tests behind a district's speed figure before it stops being thin. */
export const THIN_TILE_RULE = { minTiles: 2, minTests: 10 } as const;

/** 1 per district whose speed figure rests on one tile or on fewer than 10 tests (NaN counts as none). */
export function thinTileFigures(tiles: ArrayLike<number>, tests: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(tiles.length);
  for (let d = 0; d < tiles.length; d++) {
    const t = tiles[d]!;
    const n = tests[d]!;
    // A district with no tile has no figure at all: it is missing, not thin.
    if (t > 0 && (t < THIN_TILE_RULE.minTiles || !(n >= THIN_TILE_RULE.minTests))) out[d] = 1;
  }
  return out;
}
