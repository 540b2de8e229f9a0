// Quadkeys and Web Mercator ("slippy map") tiles, as used by Bing Maps and by Ookla's open
// speed-test tiles. Scheme: https://learn.microsoft.com/en-us/bingmaps/articles/bing-maps-tile-system
// Tile x grows eastward from −180°, y grows southward from +85.0511…° (the latitude where
// Mercator's square world ends), and each quadkey digit picks one quarter: bit 0 = x, bit 1 = y.

/** A slippy-map tile: column x and row y (0 ≤ x, y < 2^z) at zoom z (0–31). */
export interface Tile {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A box in degrees: [west, south, east, north] (longitude, latitude, WGS 84). */
export type Bounds = [west: number, south: number, east: number, north: number];

/** A point in degrees: [longitude, latitude] (WGS 84). */
export type LonLat = [lon: number, lat: number];

// 31 levels keep x and y below 2^31, so they stay exact integers in a double and fit an Int32.
const MAX_ZOOM = 31;

/** Tile of a quadkey (digits 0–3, 1–31 of them; the zoom is its length); throws on a bad quadkey. */
export function quadkeyToTile(qk: string): Tile {
  if (qk.length < 1 || qk.length > MAX_ZOOM) {
    throw new Error(`invalid quadkey "${qk}": length must be 1..${MAX_ZOOM}, got ${qk.length}`);
  }
  let x = 0;
  let y = 0;
  for (let i = 0; i < qk.length; i++) {
    const digit = qk.charCodeAt(i) - 48; // '0'
    if (digit < 0 || digit > 3) {
      throw new Error(`invalid quadkey "${qk}": character "${qk[i]}" at ${i} is not 0-3`);
    }
    // Arithmetic, not `<<`: bitwise operators would wrap x or y to negative at zoom 31.
    x = x * 2 + (digit & 1);
    y = y * 2 + (digit >> 1);
  }
  return { x, y, z: qk.length };
}

/** Bounds of a tile in degrees [west, south, east, north]; throws on an impossible tile. */
export function tileBounds(tile: Tile): Bounds {
  checkTile(tile);
  const { x, y, z } = tile;
  return [tileLon(x, z), tileLat(y + 1, z), tileLon(x + 1, z), tileLat(y, z)];
}

/**
 * Centre of a quadkey's tile in degrees [lon, lat], taken in Mercator space: the point at tile
 * coordinates (x + 0.5, y + 0.5). Its latitude lies slightly poleward of the mean of the
 * tile's south and north edges (Mercator stretches toward the poles); this is the centre Ookla
 * publishes as tile_x / tile_y, and the point that looks central on a web map.
 */
export function quadkeyCentre(qk: string): LonLat {
  const { x, y, z } = quadkeyToTile(qk);
  return [tileLon(x + 0.5, z), tileLat(y + 0.5, z)];
}

/** Longitude in degrees of (possibly fractional) tile column x at zoom z. */
export function tileLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude in degrees of (possibly fractional) tile row y at zoom z (inverse Web Mercator). */
export function tileLat(y: number, z: number): number {
  const n = Math.PI * (1 - (2 * y) / 2 ** z);
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

function checkTile({ x, y, z }: Tile): void {
  if (!Number.isInteger(z) || z < 0 || z > MAX_ZOOM) {
    throw new Error(`invalid tile ${x}/${y}/${z}: zoom must be an integer 0..${MAX_ZOOM}`);
  }
  const size = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= size || y >= size) {
    throw new Error(`invalid tile ${x}/${y}/${z}: x and y must be integers 0..${size - 1}`);
  }
}
