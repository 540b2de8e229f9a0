import { describe, expect, test } from 'vitest';
import { quadkeyCentre, quadkeyToTile, tileBounds, tileLat, tileLon } from '../../../src/core/geo/quadkey.ts';

// Web Mercator's northern limit: atan(sinh(π)) in degrees (Bing Maps Tile System article).
const MAX_LAT = 85.0511287798066;

describe('quadkeyToTile', () => {
  test('"0" is the north-west quarter at zoom 1 and "3" the south-east', () => {
    // Digit bits: bit 0 → x, bit 1 → y; 0 = (0, 0), 3 = (1, 1).
    expect(quadkeyToTile('0')).toEqual({ x: 0, y: 0, z: 1 });
    expect(quadkeyToTile('3')).toEqual({ x: 1, y: 1, z: 1 });
  });
  test('Bing’s documented example: "213" is tile x 3, y 5 at zoom 3', () => {
    // learn.microsoft.com/en-us/bingmaps/articles/bing-maps-tile-system: x bits 0,1,1 → 3; y bits 1,0,1 → 5.
    expect(quadkeyToTile('213')).toEqual({ x: 3, y: 5, z: 3 });
  });
  test('zoom 31 keeps x and y positive: 31 threes → 2^31 − 1', () => {
    expect(quadkeyToTile('3'.repeat(31))).toEqual({ x: 2 ** 31 - 1, y: 2 ** 31 - 1, z: 31 });
  });
  test('a bad quadkey is an error that names it', () => {
    expect(() => quadkeyToTile('')).toThrow('invalid quadkey ""');
    expect(() => quadkeyToTile('0124')).toThrow(/invalid quadkey "0124".*"4" at 3/);
    expect(() => quadkeyToTile('02a')).toThrow(/invalid quadkey "02a"/);
    expect(() => quadkeyToTile('1'.repeat(32))).toThrow(`invalid quadkey "${'1'.repeat(32)}": length must be 1..31, got 32`);
  });
});

describe('tileBounds', () => {
  test('tile 0/0/1 spans [−180, 0, 0, 85.0511…]', () => {
    const [west, south, east, north] = tileBounds({ x: 0, y: 0, z: 1 });
    expect([west, south, east]).toEqual([-180, 0, 0]);
    expect(north).toBeCloseTo(MAX_LAT, 12);
  });
  test('tile 1/1/1 ("3") spans [0, −85.0511…, 180, 0]', () => {
    const [west, south, east, north] = tileBounds(quadkeyToTile('3'));
    expect([west, east, north]).toEqual([0, 180, 0]);
    expect(south).toBeCloseTo(-MAX_LAT, 12);
  });
  test('zoom 0 is the whole Mercator world', () => {
    const [west, south, east, north] = tileBounds({ x: 0, y: 0, z: 0 });
    expect([west, east]).toEqual([-180, 180]);
    expect(south).toBeCloseTo(-MAX_LAT, 12);
    expect(north).toBeCloseTo(MAX_LAT, 12);
  });
  test('tile 3/5/3 ("213"): longitudes −180 + 360·3/8 = −45 and −180 + 360·4/8 = 0', () => {
    const [west, , east] = tileBounds({ x: 3, y: 5, z: 3 });
    expect([west, east]).toEqual([-45, 0]);
  });
  test('an impossible tile is an error', () => {
    expect(() => tileBounds({ x: 2, y: 0, z: 1 })).toThrow('invalid tile 2/0/1: x and y must be integers 0..1');
    expect(() => tileBounds({ x: 0, y: 0.5, z: 1 })).toThrow(/invalid tile 0\/0.5\/1/);
    expect(() => tileBounds({ x: 0, y: 0, z: 32 })).toThrow(/zoom must be an integer 0..31/);
  });
});

describe('quadkeyCentre', () => {
  test('"0" is centred at tile coordinates (0.5, 0.5): lon −90, lat gd(π/2) = 66.5133°, not the mean 42.53°', () => {
    // y = 0.5 at zoom 1 → atan(sinh(π·(1 − 2·0.5/2))) = atan(sinh(π/2)) = 66.51326044311186°.
    const [lon, lat] = quadkeyCentre('0');
    expect(lon).toBe(-90);
    expect(lat).toBeCloseTo(66.51326044311186, 12);
    expect(tileLat(0.5, 1)).toBe(lat);
    expect(tileLon(0.5, 1)).toBe(lon);
  });

  // First three data rows of /work/shared/data/hawaii/hi_ookla_tiles_2022.csv (Ookla open data,
  // 2022Q1 fixed): quadkey, tile_x, tile_y, where tile_x/tile_y are Ookla's tile centre, rounded
  // by Ookla to 5–6 decimals (hence the 1e-6° tolerance).
  const ooklaRows = [
    ['0220333223132233', -159.67804, 22.108543],
    ['0220333223310011', -159.67804, 22.103454],
    ['0220333223310013', -159.67804, 22.098365],
  ] as const;
  test.each(ooklaRows)('Hawaii zoom-16 tile %s matches Ookla’s centre (%f, %f)', (qk, lon, lat) => {
    const [ourLon, ourLat] = quadkeyCentre(qk);
    expect(Math.abs(ourLon - lon)).toBeLessThan(1e-6);
    expect(Math.abs(ourLat - lat)).toBeLessThan(1e-6);
  });
  test('the first Hawaii tile is x 3699, y 28639 at zoom 16 (Kauaʻi, 159.678° W)', () => {
    // −180 + 360·3699.5/65536 = −159.67803955078125, exactly representable.
    expect(quadkeyToTile('0220333223132233')).toEqual({ x: 3699, y: 28639, z: 16 });
    expect(quadkeyCentre('0220333223132233')[0]).toBe(-159.67803955078125);
  });
});
