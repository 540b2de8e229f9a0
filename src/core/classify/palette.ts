// Colour ramps for choropleths. ColorBrewer's YlGnBu (Cynthia Brewer, Apache-2.0):
// sequential, colour-blind safe and legible in greyscale print.

export type Rgb = readonly [number, number, number];

const YL_GN_BU: Readonly<Record<number, readonly Rgb[]>> = {
  3: [[237, 248, 177], [127, 205, 187], [44, 127, 184]],
  4: [[255, 255, 204], [161, 218, 180], [65, 182, 196], [34, 94, 168]],
  5: [[255, 255, 204], [161, 218, 180], [65, 182, 196], [44, 127, 184], [37, 52, 148]],
  6: [[255, 255, 204], [199, 233, 180], [127, 205, 187], [65, 182, 196], [44, 127, 184], [37, 52, 148]],
  7: [[255, 255, 204], [199, 233, 180], [127, 205, 187], [65, 182, 196], [29, 145, 192], [34, 94, 168], [12, 44, 132]],
};

/** Colour shown for a district with no value (suppressed or missing). */
export const NO_DATA_RGB: Rgb = [200, 200, 200];

/** A sequential ramp of k colours (3 ≤ k ≤ 7), light = low. */
export function sequentialRamp(k: number): readonly Rgb[] {
  const ramp = YL_GN_BU[k];
  if (!ramp) throw new Error(`no colour ramp for ${k} classes (3 to 7 are available)`);
  return ramp;
}

/** CSS hex string for an RGB triple. */
export function rgbHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('');
}
