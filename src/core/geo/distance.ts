// Great-circle distances on a spherical Earth. The siting issue pins the haversine formula and
// the IUGG mean radius, so coverage tests and the exact model agree to the metre.

/** Mean Earth radius R₁ (IUGG), in metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Haversine distance in metres between two points given in degrees (lon, lat); NaN if any is NaN. */
export function haversineMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinLat * sinLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinLon * sinLon;
  // min(1, …) guards asin against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}
