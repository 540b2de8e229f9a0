// Pure factories for the deck.gl layers drawn over the basemap: the district choropleth with
// its outlines, and thin figures' outlines. None is pickable (the district under the pointer
// comes from district-picker.ts; it and the selected district are drawn by
// district-outlines.ts, not here), and the districts are the same object on every call, so
// deck.gl tessellates and uploads them once per district file: a new measure changes only the
// fill colours, and a hover or a selection nothing.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { Rgb } from '../core/classify/palette.ts';

export interface DistrictFeatureProps {
  /** Index of the district in the districts table (boundary order). */
  readonly index: number;
  readonly id: string;
}

export type DistrictFeature = Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, DistrictFeatureProps>;

/** The districts with a shape, and where each district sits among them (−1: no shape). */
export interface DistrictShapes {
  readonly features: FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, DistrictFeatureProps>;
  readonly featureOf: Int32Array;
}

export interface ChoroplethLayerInput {
  readonly shapes: DistrictShapes;
  /** Colour per district; a new array (not a mutated one) when the measure or classes change. */
  readonly colors: readonly Rgb[];
  /** The selected district (−1: none): outlined by district-outlines.ts, not by these layers. */
  readonly selectedIndex: number;
  /** 1 per district whose figure is thin (drawn with a dark outline); absent: none. */
  readonly thin?: Uint8Array | null;
}


// The thin districts' features, the same array while the shapes and the thin flags are: a new
// array on every render would make deck.gl tessellate the outlines again.
const lastThin = new WeakMap<DistrictShapes, { readonly thin: Uint8Array | null; readonly data: DistrictFeature[] }>();
function thinData(shapes: DistrictShapes, thin: Uint8Array | null): DistrictFeature[] {
  const kept = lastThin.get(shapes);
  if (kept && kept.thin === thin) return kept.data;
  const data = thin ? shapes.features.features.filter((f) => thin[f.properties.index]) : [];
  lastThin.set(shapes, { thin, data });
  return data;
}

/** Features for the districts with a shape (district order kept; build once per district file). */
export function districtShapes(ids: readonly string[], geometries: readonly (GeoJSON.Polygon | GeoJSON.MultiPolygon | null)[]): DistrictShapes {
  const featureOf = new Int32Array(geometries.length).fill(-1);
  const features: DistrictFeature[] = [];
  geometries.forEach((geometry, index) => {
    if (!geometry) return;
    featureOf[index] = features.length;
    features.push({ type: 'Feature', geometry, properties: { index, id: ids[index]! } });
  });
  return { features: { type: 'FeatureCollection', features }, featureOf };
}

/** The choropleth, outline and selection layers for the current state. */
export function districtLayers(input: ChoroplethLayerInput) {
  const { features } = input.shapes;
  // Fills and outlines in one layer: a second GeoJsonLayer for the outlines would parse the
  // districts again and tessellate their (unused) fills as well.
  const districts = new GeoJsonLayer<DistrictFeatureProps>({
    id: 'district-fill',
    data: features,
    filled: true,
    stroked: true,
    pickable: false,
    getFillColor: (f) => [...(input.colors[f.properties.index] ?? [0, 0, 0]), 235] as [number, number, number, number],
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    // The colours array itself is the trigger: fills are recomputed only when it changes.
    updateTriggers: { getFillColor: [input.colors] },
  });
  // Thin figures keep their class colour and get a dark inner outline, so the colour still reads.
  const thinLayer = new GeoJsonLayer<DistrictFeatureProps>({
    id: 'district-thin',
    data: thinData(input.shapes, input.thin ?? null),
    filled: false,
    stroked: true,
    pickable: false,
    getLineColor: [60, 60, 60, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 2,
  });
  return [districts, thinLayer];
}
