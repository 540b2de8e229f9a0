// Bounding box of district geometries, for framing the map.
import type { MultiPolygon, Polygon } from 'geojson';

/** [west, south, east, north] in degrees over all geometries; the whole world if none. */
export function geometryBounds(geometries: readonly (Polygon | MultiPolygon)[]): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const ring of polygons.flat()) {
      for (const [x, y] of ring) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : [-180, -85, 180, 85];
}
