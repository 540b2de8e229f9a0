// Pure factories for the deck.gl layers drawn over the basemap: the district choropleth
// and the outline of the selected district.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { Rgb } from '../core/classify/palette.ts';

export interface DistrictFeatureProps {
  /** Index of the district in the districts table (boundary order). */
  readonly index: number;
  readonly id: string;
}

export type DistrictFeature = Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, DistrictFeatureProps>;

export interface ChoroplethLayerInput {
  readonly features: FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, DistrictFeatureProps>;
  /** Colour per district; a new array (not a mutated one) when the measure or classes change. */
  readonly colors: readonly Rgb[];
  readonly selectedIndex: number;
  readonly hoveredIndex: number;
  /** 1 per district whose figure is thin (drawn with a dark outline); absent: none. */
  readonly thin?: Uint8Array | null;
}

/** The choropleth and highlight layers for the current state. */
export function districtLayers(input: ChoroplethLayerInput) {
  const fill = new GeoJsonLayer<DistrictFeatureProps>({
    id: 'district-fill',
    data: input.features,
    filled: true,
    stroked: true,
    pickable: true,
    getFillColor: (f) => [...(input.colors[f.properties.index] ?? [0, 0, 0]), 235] as [number, number, number, number],
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    // The colours array itself is the trigger: hover and selection redraw only the outline
    // layer, and fills are recomputed only when the colours change.
    updateTriggers: { getFillColor: [input.colors] },
  });
  const highlighted = input.features.features.filter(
    (f) => f.properties.index === input.selectedIndex || f.properties.index === input.hoveredIndex,
  );
  const outline = new GeoJsonLayer<DistrictFeatureProps>({
    id: 'district-outline',
    data: { type: 'FeatureCollection', features: highlighted },
    filled: false,
    stroked: true,
    pickable: false,
    getLineColor: (f) => (f.properties.index === input.selectedIndex ? [217, 72, 1, 255] : [30, 30, 30, 255]),
    lineWidthUnits: 'pixels',
    getLineWidth: (f) => (f.properties.index === input.selectedIndex ? 3 : 2),
    updateTriggers: { getLineColor: input.selectedIndex, getLineWidth: input.selectedIndex },
  });
  // Thin figures keep their class colour and get a dark inner outline, so the colour still reads.
  const thin = input.thin;
  const thinLayer = new GeoJsonLayer<DistrictFeatureProps>({
    id: 'district-thin',
    data: { type: 'FeatureCollection', features: thin ? input.features.features.filter((f) => thin[f.properties.index]) : [] },
    filled: false,
    stroked: true,
    pickable: false,
    getLineColor: [60, 60, 60, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
  });
  return [fill, thinLayer, outline];
}
