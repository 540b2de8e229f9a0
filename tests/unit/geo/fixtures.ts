// Tiny hand-drawn districts (unit: degrees) and the real Kenya counties, deep-frozen so that a
// function that mutates its input throws in the test instead of passing silently.

import { readFileSync } from 'node:fs';
import type { DistrictFeature } from '../../../src/core/geo/polygon.ts';

/** Freezes an object and everything reachable from it (plain objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

type Ring = [number, number][];

function polygon(...rings: Ring[]): DistrictFeature {
  return { geometry: { type: 'Polygon', coordinates: rings } };
}

/** The square [0, 4]² (counter-clockwise) with the hole [1, 3]² (clockwise, as RFC 7946 asks). */
export const squareWithHole: readonly DistrictFeature[] = deepFreeze([
  polygon(
    [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
    [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]],
  ),
]);

/** One district in two parts: [0, 1]² and [3, 4] × [0, 1]. */
export const twoSquares: readonly DistrictFeature[] = deepFreeze([
  {
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
        [[[3, 0], [4, 0], [4, 1], [3, 1], [3, 0]]],
      ],
    },
  },
]);

/** Districts 0 = [0, 1]² and 1 = [1, 2] × [0, 1] sharing the edge x = 1; district 1 runs clockwise. */
export const adjacentSquares: readonly DistrictFeature[] = deepFreeze([
  polygon([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]),
  polygon([[1, 0], [1, 1], [2, 1], [2, 0], [1, 0]]),
]);

/**
 * Two quadrilaterals filling [0, 1]², split by the slanted shared edge (0.13, 0)–(0.71, 1):
 * coordinates with no exact binary form, so points "on" the edge round to either side of it.
 */
export const slantedNeighbours: readonly DistrictFeature[] = deepFreeze([
  polygon([[0, 0], [0.13, 0], [0.71, 1], [0, 1], [0, 0]]),
  polygon([[0.13, 0], [1, 0], [1, 1], [0.71, 1], [0.13, 0]]),
]);

/** District 0 is `squareWithHole`; district 1 is the island [1, 3]² that fills its hole. */
export const holeAndIsland: readonly DistrictFeature[] = deepFreeze([
  squareWithHole[0]!,
  polygon([[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]),
]);

/** Overlapping districts 0 = [0, 2]² and 1 = [1, 3]², plus 2 with no geometry. */
export const overlapping: readonly DistrictFeature[] = deepFreeze([
  polygon([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]),
  polygon([[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]),
  { geometry: null },
]);

/** Kenya's 47 counties (data/kenya/ke_counties.geojson: 43 Polygons, 4 MultiPolygons), in county-code order. */
export function kenyaCounties(): readonly DistrictFeature[] {
  const url = new URL('../../../data/kenya/ke_counties.geojson', import.meta.url);
  const geojson = JSON.parse(readFileSync(url, 'utf8')) as { features: DistrictFeature[] };
  return deepFreeze(geojson.features);
}

// Around Fiji, where the 180° meridian runs between Taveuni (179.9° E) and the Lau islands
// (Lakeba 178.8° W). Hand-made rectangles in real coordinates: 0 = "Lau-Taveuni", the
// rectangle 179° E … 178.5° W × 16° S … 18.5° S, across the meridian; 1 = "Vanua Levu west",
// 177.5° E … 179° E, its western neighbour sharing the edge at 179° E.
const LAU_TAVEUNI: Ring = [[179, -16], [-178.5, -16], [-178.5, -18.5], [179, -18.5], [179, -16]];
const VANUA_LEVU_WEST: Ring = [[177.5, -16], [179, -16], [179, -18.5], [177.5, -18.5], [177.5, -16]];

/** Lau-Taveuni as one unsplit ring with edges jumping 357.5° (as many tools write it), and its neighbour. */
export const fijiUnsplit: readonly DistrictFeature[] = deepFreeze([polygon(LAU_TAVEUNI), polygon(VANUA_LEVU_WEST)]);

/** The same two districts, Lau-Taveuni in RFC 7946's split form: a MultiPolygon whose parts meet at ±180°. */
export const fijiSplit: readonly DistrictFeature[] = deepFreeze([
  {
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [[[179, -16], [180, -16], [180, -18.5], [179, -18.5], [179, -16]]],
        [[[-180, -16], [-178.5, -16], [-178.5, -18.5], [-180, -18.5], [-180, -16]]],
      ],
    },
  },
  polygon(VANUA_LEVU_WEST),
]);
