// Colour ramps for choropleths, from ColorBrewer (Cynthia Brewer, Apache-2.0): colour-blind
// safe and legible in greyscale print. Sequential ramps for levels (light = low); diverging
// ramps for figures with a meaningful centre (a gap of 0 points, a parity of 1), where the
// two sides get two hues and the shade says how far from the centre a district is.

export type Rgb = readonly [number, number, number];

export type SequentialPalette = 'YlGnBu' | 'YlOrRd';
export type DivergingPalette = 'PuOr' | 'RdBu' | 'BrBG';
export type PaletteName = SequentialPalette | DivergingPalette;

export const SEQUENTIAL_PALETTES: readonly SequentialPalette[] = ['YlGnBu', 'YlOrRd'];
export const DIVERGING_PALETTES: readonly DivergingPalette[] = ['PuOr', 'RdBu', 'BrBG'];

/** Words for the palette picker. */
export const PALETTE_LABELS: Readonly<Record<PaletteName, string>> = {
  YlGnBu: 'yellow–blue',
  YlOrRd: 'yellow–red',
  PuOr: 'orange | purple',
  RdBu: 'red | blue',
  BrBG: 'brown | teal',
};

const SEQUENTIAL: Readonly<Record<SequentialPalette, Readonly<Record<number, readonly string[]>>>> = {
  YlGnBu: {
    3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
    4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
    5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
    6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
    7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  },
  YlOrRd: {
    3: ['#ffeda0', '#feb24c', '#f03b20'],
    4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
    5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
    6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
    7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
  },
};

// Odd class counts only: the middle colour is the centre, dropped when both sides are drawn.
const DIVERGING: Readonly<Record<DivergingPalette, Readonly<Record<number, readonly string[]>>>> = {
  PuOr: {
    3: ['#f1a340', '#f7f7f7', '#998ec3'],
    5: ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'],
    7: ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'],
    9: ['#b35806', '#e08214', '#fdb863', '#fee0b6', '#f7f7f7', '#d8daeb', '#b2abd2', '#8073ac', '#542788'],
    11: ['#7f3b08', '#b35806', '#e08214', '#fdb863', '#fee0b6', '#f7f7f7', '#d8daeb', '#b2abd2', '#8073ac', '#542788', '#2d004b'],
  },
  RdBu: {
    3: ['#ef8a62', '#f7f7f7', '#67a9cf'],
    5: ['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0'],
    7: ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'],
    9: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
    11: ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
  },
  BrBG: {
    3: ['#d8b365', '#f5f5f5', '#5ab4ac'],
    5: ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'],
    7: ['#8c510a', '#d8b365', '#f6e8c3', '#f5f5f5', '#c7eae5', '#5ab4ac', '#01665e'],
    9: ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#f5f5f5', '#c7eae5', '#80cdc1', '#35978f', '#01665e'],
    11: ['#543005', '#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#f5f5f5', '#c7eae5', '#80cdc1', '#35978f', '#01665e', '#003c30'],
  },
};

/** Most classes a palette offers on one side of a diverging map, and on a sequential one. */
export const MAX_SIDE_CLASSES = 5;
export const MAX_SEQUENTIAL_CLASSES = 7;

// Neither neutral is in any palette (no palette has greys), and they differ enough in
// lightness to read apart in greyscale too.
/** Colour of a district with no figure at all. */
export const NO_DATA_RGB: Rgb = [200, 200, 200];
/** Colour of a district whose figure small-number protection withheld. */
export const SUPPRESSED_RGB: Rgb = [120, 120, 120];

/** A sequential ramp of k colours (3 ≤ k ≤ 7), light = low. */
export function sequentialRamp(k: number, palette: SequentialPalette = 'YlGnBu'): readonly Rgb[] {
  const ramp = SEQUENTIAL[palette][k];
  if (!ramp) throw new Error(`no colour ramp for ${k} classes (3 to ${MAX_SEQUENTIAL_CLASSES} are available)`);
  return ramp.map(hexRgb);
}

/**
 * The two sides of a diverging ramp with `side` shades each (1 ≤ side ≤ 5), each ordered from
 * the centre outwards: `below[0]` and `above[0]` are the palest, next to the centre.
 */
export function divergingSides(side: number, palette: DivergingPalette = 'PuOr'): { below: readonly Rgb[]; above: readonly Rgb[] } {
  const ramp = DIVERGING[palette][2 * side + 1];
  if (!ramp) throw new Error(`no diverging ramp with ${side} classes a side (1 to ${MAX_SIDE_CLASSES} are available)`);
  const colours = ramp.map(hexRgb);
  return { below: colours.slice(0, side).reverse(), above: colours.slice(side + 1) };
}

/** CSS hex string for an RGB triple. */
export function rgbHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('');
}

/** "#rrggbb" → [r, g, b]. */
export function hexRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** True for a palette made for figures with a centre. */
export function isDiverging(palette: PaletteName): palette is DivergingPalette {
  return (DIVERGING_PALETTES as readonly string[]).includes(palette);
}
