import { expect, test } from 'vitest';
import { gapColumn, parityColumn, parseMeasure, rateColumn, shareBelowMetric, tileMetrics } from '../../../src/core/project/measure.ts';

test('column names of districts.csv, as the contract spells them', () => {
  expect(rateColumn('internet_use', 'female')).toBe('internet_use.female');
  expect(gapColumn('internet_use', 'male', 'female')).toBe('internet_use.gap.male-female');
  // Parity is b / a: with the gap ["male", "female"], the gender parity index female / male.
  expect(parityColumn('internet_use', 'male', 'female')).toBe('internet_use.parity.female/male');
  expect(shareBelowMetric(25)).toBe('share_tests_below_25mbps');
  expect(tileMetrics()).toEqual(['tiles', 'tests', 'devices', 'download_mbps', 'upload_mbps', 'latency_ms', 'share_tests_below_25mbps']);
  expect(tileMetrics(0.5).at(-1)).toBe('share_tests_below_0.5mbps');
});

test('parseMeasure takes every shape apart, and names the groups of gap and parity alike', () => {
  expect(parseMeasure('hh_internet')).toEqual({ kind: 'value', indicator: 'hh_internet' });
  expect(parseMeasure('internet_use.female')).toEqual({ kind: 'rate', indicator: 'internet_use', group: 'female' });
  expect(parseMeasure('internet_use.gap.male-female')).toEqual({ kind: 'gap', indicator: 'internet_use', a: 'male', b: 'female' });
  expect(parseMeasure('internet_use.parity.female/male')).toEqual({ kind: 'parity', indicator: 'internet_use', a: 'male', b: 'female' });
  expect(parseMeasure('tiles.fixed.share_tests_below_0.5mbps')).toEqual({ kind: 'tiles', layer: 'fixed', metric: 'share_tests_below_0.5mbps' });
  expect(parseMeasure('points.schools.count')).toEqual({ kind: 'points', layer: 'schools', metric: 'count' });
});

test('parseMeasure rejects what no column is called', () => {
  for (const key of ['', 'a..b', 'a.gap.b', 'a.gap.b-c-d', 'a.parity.b-c', 'points.schools.total', '1abc', 'a b', 'a.b.c']) {
    expect(parseMeasure(key), key).toBeUndefined();
  }
});
