// Loads the bundled country outlines (TopoJSON from world-atlas) for the offline basemap.
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Country outlines as GeoJSON, from public/basemap. */
export async function loadCountries(): Promise<FeatureCollection> {
  const response = await fetch(new URL('basemap/countries-50m.json', document.baseURI));
  if (!response.ok) throw new Error(`basemap/countries-50m.json: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as FeatureCollection;
}
