import { describe, expect, test } from 'vitest';
import { binAt, binDistrictBounds } from '../../../src/core/geo/bounds-bins.ts';
import { mulberry32 } from '../../../src/core/random.ts';

const listed = (bins: ReturnType<typeof binDistrictBounds>, bin: number) => [...bins.districts.subarray(bins.starts[bin]!, bins.starts[bin + 1]!)];

describe('binDistrictBounds', () => {
  test('lists each box in the bins it overlaps, ascending, and an empty district nowhere', () => {
    // Frame 0..4 × 0..2 in 2 × 2 bins: bins are 2° wide and 1° tall, numbered row by row
    // (0: west-south, 1: east-south, 2: west-north, 3: east-north).
    const bounds = Float64Array.from([
      0.5, 0.5, 1.5, 0.9, // district 0: inside bin 0
      1, 0.2, 3, 1.5, //     district 1: crosses x = 2 and y = 1 → all four bins
      Infinity, Infinity, -Infinity, -Infinity, // district 2: no geometry
      2.5, 1.2, 3.5, 1.8, // district 3: inside bin 3
    ]);
    const bins = binDistrictBounds(bounds, { west: 0, south: 0, east: 4, north: 2 }, 2);
    expect([0, 1, 2, 3].map((b) => listed(bins, b))).toEqual([[0, 1], [1], [1], [1, 3]]);
    expect(binAt(bins, 3, 1.5)).toBe(3);
    // Off the frame: the nearest edge bin.
    expect(binAt(bins, -10, 5)).toBe(2);
  });

  test('a box that holds a point is always listed in the point\'s bin (seeded)', () => {
    const random = mulberry32(18);
    const n = 400;
    const bounds = new Float64Array(4 * n);
    for (let d = 0; d < n; d++) {
      const w = -180 + random() * 300;
      const s = -60 + random() * 100;
      bounds.set([w, s, w + random() * random() * 40, s + random() * random() * 20], 4 * d);
    }
    const bins = binDistrictBounds(bounds, { west: -180, south: -60, east: 160, north: 60 });
    let inside = 0;
    for (let i = 0; i < 5000; i++) {
      const lon = -180 + random() * 340;
      const lat = -60 + random() * 120;
      const list = listed(bins, binAt(bins, lon, lat));
      for (let d = 0; d < n; d++) {
        const holds = lon >= bounds[4 * d]! && lat >= bounds[4 * d + 1]! && lon <= bounds[4 * d + 2]! && lat <= bounds[4 * d + 3]!;
        if (!holds) continue;
        inside++;
        expect(list).toContain(d);
      }
    }
    // The property was exercised, and each bin holds far fewer than all districts.
    expect(inside).toBeGreaterThan(1000);
    expect(bins.districts.length / (bins.cols * bins.rows)).toBeLessThan(n / 10);
  });
});
