// A plan's chosen sites as GeoJSON (RFC 7946): one Point per row of plan.<id>.csv, with the
// same columns as properties, for GIS tools.
import type { PlanRun } from './run-plan.ts';

/** plan.<id>.geojson: the chosen sites as a FeatureCollection of Points (lon/lat, WGS 84). */
export function planSitesGeoJson(run: PlanRun): string {
  const features = run.sites.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    properties: { site_id: s.siteId, layer: s.layer, type: s.type, cost: s.cost, district_id: s.districtId, covered_weight: s.coveredWeight },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
}
