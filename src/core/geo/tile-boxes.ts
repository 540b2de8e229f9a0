// The squares speed-test tiles cover, for drawing them: one [west, south, east, north] box
// per quadkey in a flat array (4 numbers a tile, after flatbush), NaN for a quadkey that is
// not one (the load step has reported it already).
import { quadkeyToTile, tileBounds } from './quadkey.ts';

/** Boxes in degrees, [w, s, e, n] at 4·i … 4·i+3 for tile i; NaN where the quadkey is missing or invalid. */
export function tileBoxes(quadkeys: readonly (string | null)[]): Float64Array {
  const boxes = new Float64Array(quadkeys.length * 4).fill(Number.NaN);
  quadkeys.forEach((qk, i) => {
    if (qk === null) return;
    try {
      boxes.set(tileBounds(quadkeyToTile(qk)), 4 * i);
    } catch {
      // An invalid quadkey is drawn as nothing; the layer's checks name its row.
    }
  });
  return boxes;
}
