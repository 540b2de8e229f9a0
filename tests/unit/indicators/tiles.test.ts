import { describe, expect, test } from 'vitest';
import { aggregateTiles, type TileColumns } from '../../../src/core/indicators/tiles.ts';

/** Tiles as columns, from rows [district, group, download kbps, upload kbps, latency ms, tests, devices]. */
function tiles(rows: readonly (readonly number[])[]): TileColumns {
  const column = (k: number) => Object.freeze(rows.map((r) => r[k]!));
  return {
    district: column(0),
    group: column(1),
    downloadKbps: column(2),
    uploadKbps: column(3),
    latencyMs: column(4),
    tests: column(5),
    devices: column(6),
  };
}

describe('aggregateTiles', () => {
  test('two tiles, 10 tests at 100 Mbps and 30 at 20 Mbps → 40 Mbps, 75 % of tests below 25 Mbps', () => {
    const a = aggregateTiles(
      tiles([
        [0, 0, 100_000, 10_000, 10, 10, 4],
        [0, 0, 20_000, 2_000, 50, 30, 6],
      ]),
      { nDistricts: 1 },
    );
    expect(a.tiles[0]).toBe(2);
    expect(a.tests[0]).toBe(40);
    expect(a.devices[0]).toBe(10);
    // (10·100 + 30·20) / 40 = 1600 / 40 = 40 Mbps.
    expect(a.downloadMbps[0]).toBe(40);
    // (10·10 + 30·2) / 40 = 160 / 40 = 4 Mbps.
    expect(a.uploadMbps[0]).toBe(4);
    // (10·10 + 30·50) / 40 = 1600 / 40 = 40 ms.
    expect(a.latencyMs[0]).toBe(40);
    // Only the 20 Mbps tile is below 25: 30 of 40 tests = 75 %.
    expect(a.shareTestsBelowThresholdPct[0]).toBe(75);
  });

  test('cells are [district·nGroups + group]; tiles outside (−1) are counted apart', () => {
    const a = aggregateTiles(
      tiles([
        [1, 0, 8_000, 1_000, 30, 5, 2], // district 1, group 0
        [0, 1, 50_000, 5_000, 20, 2, 1], // district 0, group 1
        [-1, 1, 90_000, 9_000, 9, 7, 3], // outside
        [-1, 0, 90_000, 9_000, 9, NaN, 3], // outside, tests unknown
      ]),
      { nDistricts: 2, nGroups: 2 },
    );
    expect(Array.from(a.tiles)).toEqual([0, 1, 1, 0]);
    expect(Array.from(a.tests)).toEqual([0, 2, 5, 0]);
    expect(Array.from(a.downloadMbps)).toEqual([NaN, 50, 8, NaN]);
    expect(Array.from(a.shareTestsBelowThresholdPct)).toEqual([NaN, 0, 100, NaN]);
    expect(a.outside).toEqual({ tiles: 2, tests: 7, devices: 6 });
  });

  test('a missing value is left out of its own mean only; missing tests leave the tile out of every mean', () => {
    const a = aggregateTiles(
      tiles([
        [0, 0, 10_000, NaN, 40, 1, 1],
        [0, 0, NaN, 6_000, 20, 3, NaN],
        [0, 0, 99_000, 99_000, 99, NaN, 5],
      ]),
      { nDistricts: 1 },
    );
    // All three tiles count; the third's tests are unknown; the second's devices are unknown.
    expect(a.tiles[0]).toBe(3);
    expect(a.tests[0]).toBe(4);
    expect(a.devices[0]).toBe(6);
    // Download known only for tile 1: 10 Mbps, and its 1 test is below 25 → 100 % of the 1 test with a known download.
    expect(a.downloadMbps[0]).toBe(10);
    expect(a.shareTestsBelowThresholdPct[0]).toBe(100);
    // Upload known only for tile 2: 6 Mbps.
    expect(a.uploadMbps[0]).toBe(6);
    // Latency (1·40 + 3·20) / 4 = 100 / 4 = 25 ms.
    expect(a.latencyMs[0]).toBe(25);
  });

  test('the threshold is strict and configurable: a tile at exactly the threshold is not below it', () => {
    const rows = tiles([
      [0, 0, 25_000, 1, 1, 1, 1],
      [0, 0, 9_999, 1, 1, 3, 1],
    ]);
    // At 25 Mbps only the 9.999 Mbps tile is below: 3 of 4 tests.
    expect(aggregateTiles(rows, { nDistricts: 1 }).shareTestsBelowThresholdPct[0]).toBe(75);
    // At 10 Mbps the same; at 30 Mbps both are below.
    expect(aggregateTiles(rows, { nDistricts: 1, thresholdMbps: 10 }).shareTestsBelowThresholdPct[0]).toBe(75);
    expect(aggregateTiles(rows, { nDistricts: 1, thresholdMbps: 30 }).shareTestsBelowThresholdPct[0]).toBe(100);
  });

  test('a tile with 0 tests counts as a tile but weighs nothing', () => {
    const a = aggregateTiles(tiles([[0, 0, 1_000, 1_000, 1, 0, 0]]), { nDistricts: 1 });
    expect(a.tiles[0]).toBe(1);
    expect(a.downloadMbps[0]).toBeNaN();
    expect(a.shareTestsBelowThresholdPct[0]).toBeNaN();
  });

  test('the group column may be omitted (one group)', () => {
    const { group: _group, ...columns } = tiles([[0, 0, 30_000, 1_000, 5, 2, 1]]);
    const a = aggregateTiles(columns, { nDistricts: 1 });
    expect(a.nGroups).toBe(1);
    expect(a.downloadMbps[0]).toBe(30);
  });

  test('bad indices, counts and lengths are errors', () => {
    const one = tiles([[2, 0, 1, 1, 1, 1, 1]]);
    expect(() => aggregateTiles(one, { nDistricts: 2 })).toThrow('tile 0: district 2 is not in [-1, 2)');
    expect(() => aggregateTiles(tiles([[0, 1, 1, 1, 1, 1, 1]]), { nDistricts: 1 })).toThrow('tile 0: group 1 is not in [0, 1)');
    expect(() => aggregateTiles(tiles([[0, 0, 1, 1, 1, -1, 1]]), { nDistricts: 1 })).toThrow('tile 0: tests must be ≥ 0, got -1');
    expect(() => aggregateTiles({ ...one, tests: [1, 2] }, { nDistricts: 3 })).toThrow('tests has 2 tiles but district has 1');
    expect(() => aggregateTiles(one, { nDistricts: 3, nGroups: 0 })).toThrow('nGroups must be a whole number ≥ 1, got 0');
  });
});
