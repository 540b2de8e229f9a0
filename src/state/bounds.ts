// Bounding box of district geometries, for framing the map. A set of districts may cross the
// 180° meridian (Alaska's Aleutians, Fiji, Chukotka, or Kiribati): the box is then the
// shorter way round, given with east > 180 so that MapLibre frames it across the meridian
// instead of showing the whole world.
import type { MultiPolygon, Polygon } from 'geojson';

/** [west, south, east, north] in degrees over all geometries (east may exceed 180: the box crosses the antimeridian); the whole world if none. */
export function geometryBounds(geometries: readonly (Polygon | MultiPolygon)[]): [number, number, number, number] {
  let s = Infinity, n = -Infinity;
  const spans: [number, number][] = [];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) {
      let w = Infinity, e = -Infinity;
      for (const [x, y] of polygon[0] ?? []) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
      if (w <= e) spans.push(e - w > 180 ? crossingSpan(polygon[0]!) : [w, e]);
    }
  }
  if (!spans.length) return [-180, -85, 180, 85];
  const [west, east] = longitudeSpan(spans);
  return [west, s, east, n];
}

/** Longitude span of a ring drawn across the antimeridian (from 170 to −170): taken in 0…360. */
function crossingSpan(ring: readonly GeoJSON.Position[]): [number, number] {
  let w = Infinity, e = -Infinity;
  for (const [x] of ring) {
    const lon = x! < 0 ? x! + 360 : x!;
    if (lon < w) w = lon;
    if (lon > e) e = lon;
  }
  return [w, e];
}

/**
 * The shortest [west, east] arc (degrees, west in −180…180, east ≥ west, up to west + 360)
 * covering every [w, e] span: the complement of the widest gap between them on the circle.
 * On a tie the box that does not cross the antimeridian wins.
 */
export function longitudeSpan(spans: readonly (readonly [number, number])[]): [number, number] {
  const sorted = spans.map(([w, e]): [number, number] => {
    const shift = w >= 180 ? -360 : w < -180 ? 360 : 0;
    return [w + shift, e + shift];
  }).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0]!;
  const last = merged[merged.length - 1]!;
  let best: [number, number] = [first[0], last[1]];
  let widestGap = first[0] + 360 - last[1];
  for (let i = 0; i + 1 < merged.length; i++) {
    const gap = merged[i + 1]![0] - merged[i]![1];
    if (gap > widestGap) {
      widestGap = gap;
      best = [merged[i + 1]![0], merged[i]![1] + 360];
    }
  }
  return best;
}
