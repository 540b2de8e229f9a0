// A grouped tile layer's figures shown one group at a time must be tiles.<name>.csv's figures
// of that group: same aggregate, same withholding. Two districts × two quarters, by hand.
import { describe, expect, test } from 'vitest';
import { aggregateTiles } from '../../../src/core/indicators/tiles.ts';
import type { TileLayerRun } from '../../../src/engine/run-layers.ts';
import { tileGroupColumns } from '../../../src/engine/tile-group-columns.ts';
import { measureScheme } from '../../../src/state/measure-scheme.ts';
import { groupedKey, pickerMeasures, tileGroupMeasures, withGroup } from '../../../src/state/tile-group-measures.ts';
import { measuresOf } from '../../../src/state/measures.ts';

// Tiles: district, quarter group, download kbps, tests, devices.
//   d0 Q1: 10,000 kbps × 1 test and 30,000 × 3 → (10 + 90) / 4 = 25 Mbps, 4 tests, 2 devices
//   d0 Q2: 50,000 × 2 → 50 Mbps, 2 tests
//   d1 Q1: 8,000 × 20 → 8 Mbps, 20 tests; d1 Q2: no tile
const tiles = [
  [0, 0, 10_000, 1, 1],
  [0, 0, 30_000, 3, 1],
  [0, 1, 50_000, 2, 2],
  [1, 0, 8_000, 20, 9],
] as const;
const col = (k: number) => tiles.map((t) => t[k]!);
const aggregate = aggregateTiles(
  { district: col(0), group: col(1), downloadKbps: col(2), uploadKbps: col(2), latencyMs: col(3), tests: col(3), devices: col(4) },
  { nDistricts: 2, nGroups: 2 },
);
const run: TileLayerRun = { name: 'hi', by: ['period'], groups: [{ key: ['2022Q1'] }, { key: ['2022Q2'] }], aggregate, rows: 4, invalidQuadkeys: [], outside: { tiles: 0, tests: 0, devices: 0 } };

describe('one group of a grouped tile layer', () => {
  test('each group has the layer figures of its quarter, named <figure>@<group>', () => {
    const view = tileGroupColumns(run, {})!;
    expect(view.groups.map((g) => g.key)).toEqual([['2022Q1'], ['2022Q2']]);
    const download = (k: number) => view.groups[k]!.columns.find((c) => c.name === `tiles.hi.download_mbps@${k}`)!;
    expect(Array.from(download(0).values)).toEqual([25, 8]);
    expect(Array.from(download(1).values)).toEqual([50, Number.NaN]);
    expect(Array.from(view.groups[0]!.columns.find((c) => c.name === 'tiles.hi.tests@0')!.values)).toEqual([4, 20]);
    expect(download(0).code).toEqual({ code: 'download', layer: 'hi (2022Q1)' });
  });
  test('withheld as tiles.<name>.csv withholds: min_tests 5 hides d0 in Q1 (4 tests) and Q2 (2), not d1 (20)', () => {
    const view = tileGroupColumns(run, { min_tests: 5 })!;
    const q1 = view.groups[0]!.columns.find((c) => c.name === 'tiles.hi.download_mbps@0')!;
    expect(Array.from(q1.suppressed!)).toEqual([1, 0]);
    expect(Array.from(q1.values)).toEqual([Number.NaN, 8]);
  });
  test('a layer without `by` has no groups (its figures are districts.csv columns)', () => {
    expect(tileGroupColumns({ ...run, by: [] }, {})).toBeNull();
  });
});

describe('grouped measures in "Map shows"', () => {
  const grouped = tileGroupMeasures([tileGroupColumns(run, {})!]);
  const plain = measuresOf([{ name: 'internet', label: 'Internet', code: { code: 'value', indicator: 'Internet' }, unit: 'percent', values: new Float64Array(2), source: 'internet' }]);
  test('keys carry the group; the period control keeps the figure and changes the group', () => {
    expect(groupedKey('tiles.hi.download_mbps@1')).toEqual({ layer: 'tiles.hi', metric: 'download_mbps', group: 1 });
    expect(groupedKey('tiles.hi.download_mbps')).toBeNull();
    expect(withGroup('tiles.hi.download_mbps@1', 0)).toBe('tiles.hi.download_mbps@0');
  });
  test('the picker lists one group per layer: the shown one, else the last (latest)', () => {
    const all = [...plain, ...grouped];
    const keys = (shown: string) => pickerMeasures(all, all.find((m) => m.key === shown)).map((m) => m.key);
    expect(keys('internet').filter((k) => k.startsWith('tiles.'))).toEqual(grouped.filter((m) => m.key.endsWith('@1')).map((m) => m.key));
    expect(keys('tiles.hi.tests@0')).toContain('tiles.hi.download_mbps@0');
    expect(keys('tiles.hi.tests@0')).not.toContain('tiles.hi.download_mbps@1');
    expect(keys('tiles.hi.tests@0')).toContain('internet');
  });
  test('a group\'s speed reads like the layer\'s: higher is better; thin where 1 tile or < 10 tests', () => {
    expect(measureScheme('tiles.hi.download_mbps@0', 'mbps').better).toBe('higher');
    const q1 = grouped.find((m) => m.key === 'tiles.hi.download_mbps@0')!;
    // d0: 2 tiles, 4 tests → thin; d1: 1 tile → thin.
    expect(Array.from(q1.thin!)).toEqual([1, 1]);
    expect(q1.indicatorId).toBe('tiles.hi@0');
  });
});

test('the latest group comes first, so a project of grouped tiles alone opens on its latest quarter', () => {
  expect(tileGroupMeasures([tileGroupColumns(run, {})!])[0]!.key).toBe('tiles.hi.tiles@1');
});
