// The district under the pointer, found on the CPU (issue #18: no GPU picking pass, no
// readPixels), and the district layers that keep their geometry across calls.
import { describe, expect, test } from 'vitest';
import { districtLayers, districtShapes } from '../../../src/map/district-layers.ts';
import { DistrictPicker } from '../../../src/map/district-picker.ts';

// Two unit squares side by side (0–1 and 1–2 °E), a district with no shape between them in
// the list, and a square straddling the antimeridian written with longitudes 179.5–180.5.
const square = (w: number, s: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [w + 1, s], [w + 1, s + 1], [w, s + 1], [w, s]]] });
const shapes = districtShapes(['A', 'none', 'B', 'D'], [square(0, 0), null, square(1, 0), square(179.5, 10)]);

describe('DistrictPicker', () => {
  const picker = new DistrictPicker(shapes.features.features);
  const district = (lon: number, lat: number) => {
    const f = picker.at(lon, lat);
    return f >= 0 ? shapes.features.features[f]!.properties.id : null;
  };

  test('answers with the feature under the point, or none', () => {
    expect(district(0.5, 0.5)).toBe('A');
    expect(district(1.5, 0.5)).toBe('B');
    expect(district(2.5, 0.5)).toBeNull();
    expect(district(Number.NaN, 0.5)).toBeNull();
  });

  test('a longitude panned past ±180° finds the district stored on the other side', () => {
    expect(district(179.7, 10.5)).toBe('D');
    expect(district(-179.8, 10.5)).toBe('D'); // stored as 180.2
    expect(district(360.5, 0.5)).toBe('A'); // one world to the east
  });

  test('features skip districts without a shape but keep their district index', () => {
    expect(shapes.features.features.map((f) => f.properties.index)).toEqual([0, 2, 3]);
    expect(Array.from(shapes.featureOf)).toEqual([0, -1, 1, 2]);
  });
});

describe('districtLayers', () => {
  const colors = [[1, 2, 3], [0, 0, 0], [4, 5, 6], [7, 8, 9]] as const;
  const layers = (selected: number) => districtLayers({ shapes, colors: colors as unknown as [number, number, number][], selectedIndex: selected });
  const props = (ls: ReturnType<typeof layers>, id: string) => ls.find((l) => l.id === id)!.props as unknown as Record<string, unknown>;

  test('nothing is pickable, highlighted or selected in WebGL (district-outlines.ts draws the hovered and selected districts)', () => {
    const ls = layers(3);
    expect(ls.map((l) => l.id)).toEqual(['district-fill', 'district-thin']);
    expect(ls.map((l) => l.props.pickable)).toEqual([false, false]);
    expect(props(ls, 'district-fill').highlightedObjectIndex ?? null).toBeNull();
  });

  test('thin outlines keep their array while the shapes and the thin flags do', () => {
    const thin = Uint8Array.from([0, 1, 0, 1]);
    const at = (flags: Uint8Array | null) => districtLayers({ shapes, colors: [], selectedIndex: -1, thin: flags });
    expect(props(at(thin), 'district-thin').data).toBe(props(at(thin), 'district-thin').data);
    expect(props(at(null), 'district-thin').data).toEqual([]);
  });

  test('a new selection hands deck.gl the same districts object: nothing is tessellated or uploaded again', () => {
    expect(props(layers(0), 'district-fill').data).toBe(shapes.features);
    expect(props(layers(3), 'district-fill').data).toBe(shapes.features);
  });
});
