// The default basemap: country outlines drawn from a bundled file, with no remote tiles,
// glyphs or sprites, so the map works offline. (No symbol layers: no glyphs are needed.)
import type { StyleSpecification } from 'maplibre-gl';

/** Id of the GeoJSON source holding country outlines. */
export const COUNTRIES_SOURCE = 'countries';

/** An offline MapLibre style: sea, land and borders. */
export function offlineBasemapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: { [COUNTRIES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce8f0' } },
      { id: 'land', type: 'fill', source: COUNTRIES_SOURCE, paint: { 'fill-color': '#f5f3ee' } },
      { id: 'borders', type: 'line', source: COUNTRIES_SOURCE, paint: { 'line-color': '#9c978f', 'line-width': 0.7 } },
    ],
  };
}
