// Rings that cross the 180° meridian. GeoJSON allows two forms (RFC 7946 §3.1.9): the
// recommended split form (a MultiPolygon whose parts meet along ±180°, e.g. Fiji) needs
// nothing here, but an unsplit ring goes from 179.5° to −179.5° in one step, and a planar
// test reads that edge as running west across the whole globe: the district becomes the
// globe minus a slice. Such a ring is unwrapped (consecutive longitudes less than 180° apart,
// so it may run to 190°) and a copy shifted by 360° is added, so each side of the meridian is
// covered by one planar ring. The even-odd rule needs no other change: the two copies do not
// overlap within [−180°, 180°], where every point lies.
import type { Position } from './polygon.ts';
import { extent } from '../extent.ts';

/** Largest step in longitude (degrees) between neighbouring vertices of a ring that is not a crossing. */
const HALF_TURN = 180;

/** True when some edge of the ring (closing edge included) spans more than 180° of longitude. */
export function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    if (Math.abs(ring[i]![0]! - ring[j]![0]!) > HALF_TURN) return true;
  }
  return false;
}

/**
 * The ring with each longitude moved by a multiple of 360° so that neighbours are at most
 * 180° apart (degrees; the first vertex stays). A ring around a pole cannot be unwrapped
 * (it would not close): it is returned as it was.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let previous = ring[0]![0]!;
  let shift = 0;
  for (const position of ring) {
    const lon = position[0]!;
    if (lon + shift - previous > HALF_TURN) shift -= 360;
    else if (lon + shift - previous < -HALF_TURN) shift += 360;
    previous = lon + shift;
    out.push([previous, position[1]!]);
  }
  const first = out[0]![0]!;
  const last = out[out.length - 1]![0]!;
  return Math.abs(last - first) > HALF_TURN ? ring.map((p) => [p[0]!, p[1]!]) : out;
}

/**
 * The rings of one polygon as planar rings over [−180°, 180°] (degrees): rings that do not
 * cross are returned as they are (the same array when none does); one that crosses becomes
 * its unwrapped form plus that form shifted by ∓360°.
 */
export function planarRings(rings: readonly (readonly Position[])[]): readonly (readonly Position[])[] {
  if (!rings.some(crossesAntimeridian)) return rings;
  return rings.flatMap((ring) => {
    if (!crossesAntimeridian(ring)) return [ring];
    const unwrapped = unwrapRing(ring);
    const [minLon, maxLon] = extent(unwrapped.map((p) => p[0]!));
    const east = maxLon > HALF_TURN;
    const west = minLon < -HALF_TURN;
    if (!east && !west) return [unwrapped];
    const shift = east ? -360 : 360;
    return [unwrapped, unwrapped.map((p) => [p[0]! + shift, p[1]!])];
  });
}

/** The same meridian written the other way: 180 → −180 and −180 → 180; any other longitude (degrees) is NaN. */
export function otherSideOfAntimeridian(lon: number): number {
  return lon === HALF_TURN ? -HALF_TURN : lon === -HALF_TURN ? HALF_TURN : Number.NaN;
}
