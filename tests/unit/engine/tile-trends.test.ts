import { describe, expect, test } from 'vitest';
import type { Project } from '../../../src/core/project/types.ts';
import type { TileLayerRun } from '../../../src/engine/run-layers.ts';
import { suppressionRules } from '../../../src/engine/district-columns.ts';
import { tileGroupColumns } from '../../../src/engine/tile-group-columns.ts';
import { tileTrends } from '../../../src/engine/tile-trends.ts';

/** Two districts × two quarters, district-major as aggregateTiles lays them out. */
function layer(name: string, by: string[]): TileLayerRun {
  const f = (...v: number[]) => Float64Array.from(v);
  return {
    name,
    by,
    groups: by.length ? [{ key: ['2022Q1'] }, { key: ['2022Q2'] }] : [{ key: [] }],
    aggregate: { nDistricts: 2, nGroups: 2, thresholdMbps: 25, tiles: f(1, 1, 1, 1), tests: f(40, 3, 12, 50), devices: f(9, 2, 5, 20), downloadMbps: f(80, 60, 20, 25), uploadMbps: f(10, 9, 4, 5), latencyMs: f(12, 15, 40, 38), shareTestsBelowThresholdPct: f(0, 0, 100, 0), outside: { tiles: 0, tests: 0, devices: 0 } },
    rows: 4,
    invalidQuadkeys: [],
    outside: { tiles: 0, tests: 0, devices: 0 },
  };
}
const project = (suppression?: Project['suppression']) => ({ ...(suppression ? { suppression } : {}) }) as Project;
/** The trends as the app builds them: from each layer's per-group columns. */
const trendsOf = (p: Project, tiles: TileLayerRun[]) => tileTrends(tiles.flatMap((t) => tileGroupColumns(t, suppressionRules(p.suppression)) ?? []));

describe('tileTrends', () => {
  test('only layers grouped `by` something have a trend; groups are named by their values', () => {
    const trends = trendsOf(project(), [layer('fixed', ['period']), layer('fixed_2022q4', [])]);
    expect(trends.map((t) => t.layer)).toEqual(['fixed']);
    expect(trends[0]!.groups).toEqual(['2022Q1', '2022Q2']);
    expect([...trends[0]!.downloadMbps]).toEqual([80, 60, 20, 25]);
  });
  test('figures on fewer tests than the project’s minimum are withheld, as tiles.<name>.csv withholds them; test counts stay', () => {
    // min_tests 10: district 0 in 2022Q2 rests on 3 tests.
    const [t] = trendsOf(project({ min_tests: 10 }), [layer('fixed', ['period'])]);
    expect([...t!.downloadMbps]).toEqual([80, Number.NaN, 20, 25]);
    expect([...t!.latencyMs]).toEqual([12, Number.NaN, 40, 38]);
    expect([...t!.tests]).toEqual([40, 3, 12, 50]);
  });
});
