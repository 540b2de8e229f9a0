// The map's own-data layers: which tiles a group draws, what a pick on one means, what its
// tooltip says (the file's kbps as written), and that points keep their data object (and so
// their uploaded positions) while only their style changes.
import { describe, expect, test } from 'vitest';
import { categories } from '../../../src/core/classify/point-style.ts';
import type { PointsOnMap, TilesOnMap } from '../../../src/engine/map-layers.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import { pickedTile, pointLayer, POINTS_PREFIX, tileLayer, tilesOfGroup } from '../../../src/map/data-layers.ts';
import { tileTooltip } from '../../../src/state/tile-tooltip.ts';

// Four tiles: two in 2022Q1 (group 0), two in 2022Q2 (group 1), the last without a box (a bad quadkey).
const tiles: TilesOnMap = {
  layer: 'fixed',
  by: ['period'],
  groups: [{ key: ['2022Q1'] }, { key: ['2022Q2'] }],
  group: Int32Array.from([1, 0, 0, 1]),
  boxes: Float64Array.from([0, 0, 1, 1, 1, 0, 2, 1, 2, 0, 3, 1, Number.NaN, Number.NaN, Number.NaN, Number.NaN]),
  downloadKbps: Float64Array.from([243_387, 5_000, Number.NaN, 30_000]),
  tests: Float64Array.from([1_033, 2, 1, 4]),
  devices: Float64Array.from([203, 1, 1, 2]),
};

describe('tiles of a group', () => {
  test('group 0 draws tiles 1 and 2; group 1 draws tile 0 only (tile 3 has no box); the same array each time', () => {
    expect(tilesOfGroup(tiles, 0)).toEqual([1, 2]);
    expect(tilesOfGroup(tiles, 1)).toEqual([0]);
    expect(tilesOfGroup(tiles, 0)).toBe(tilesOfGroup(tiles, 0));
    expect(tileLayer({ tiles, group: 0 }).props.data).toBe(tilesOfGroup(tiles, 0));
  });
  test('a pick is an index into the group\'s tiles', () => {
    expect(pickedTile({ tiles, group: 0 }, 1)).toBe(2);
    expect(pickedTile({ tiles, group: 0 }, 5)).toBe(-1);
    expect(pickedTile({ tiles, group: 0 }, -1)).toBe(-1);
  });
  test('the tooltip names the group, the speed in Mbps with the file\'s kbps, tests and devices', () => {
    const words = wordsOf(createI18n('en'), 'en');
    expect(tileTooltip(tiles, 0, words)).toEqual(['fixed · 2022Q2', 'Download 243.4 Mbps (243,387 kbps in the file)', 'Tests: 1,033', 'Devices: 203']);
    expect(tileTooltip(tiles, 2, words)[1]).toBe('No speed');
  });
});

test('points keep their data object across styles, so deck.gl keeps their positions', () => {
  const points: PointsOnMap = { layer: 'schools', lons: Float64Array.from([36.8, 36.9]), lats: Float64Array.from([-1.3, -1.2]), numbers: null, texts: ['Public', 'Private'], rows: 2 };
  const plain = pointLayer({ points, style: null, rgb: [37, 37, 37] });
  const coloured = pointLayer({ points: { ...points }, style: categories(points.texts!), rgb: [37, 37, 37] });
  expect(plain.id).toBe(`${POINTS_PREFIX}schools`);
  expect(plain.props.pickable).toBe(false);
  expect(coloured.props.data).toBe(plain.props.data);
  expect((plain.props.data as { length: number }).length).toBe(2);
});
