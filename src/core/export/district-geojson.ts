// districts.geojson: one Feature per district (RFC 7946, WGS 84) whose properties are the row
// of districts.csv, and — as foreign members of the FeatureCollection, which RFC 7946 §6.1
// allows — the study's title, sources, licence warnings and small-number rules, so the file
// credits its data wherever it goes.
import { districtFigures, figureFields, type DistrictFigures } from './district-figures.ts';

/** What travels with every export besides the figures. */
export interface ExportCredits {
  readonly title: string;
  /** One line per data source (licences.ts creditLines). */
  readonly sources: readonly string[];
  readonly licence_warnings: readonly string[];
  /** The project's `suppression` key, or null. */
  readonly suppression: unknown;
}

/** The FeatureCollection as text, one line, ending in a newline. */
export function districtsGeoJson(t: DistrictFigures, credits: ExportCredits): string {
  const fields = figureFields(t.columns);
  const features = t.ids.map((id, d) => {
    const properties: Record<string, string | number | null> = { district_id: id, district_name: t.names[d]! };
    districtFigures(t.columns, d).forEach((v, k) => (properties[fields[k]!] = v));
    return { type: 'Feature', id, geometry: t.geometries[d] ?? null, properties };
  });
  return JSON.stringify({ type: 'FeatureCollection', lastmile: credits, features }) + '\n';
}
