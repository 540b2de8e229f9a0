import { describe, expect, test } from 'vitest';
import { forEachEdgeCell, frameAround, type GridFrame } from '../../../src/core/geo/grid-frame.ts';

// A 4 × 4 frame of unit cells from (0, 0): cell index = row · 4 + col.
const unit: GridFrame = { west: 0, south: 0, east: 4, north: 4, cellWidth: 1, cellHeight: 1, cols: 4, rows: 4 };

function cellsOf(frame: GridFrame, pad: number, ax: number, ay: number, bx: number, by: number): number[] {
  const cells = new Set<number>();
  forEachEdgeCell(frame, pad, ax, ay, bx, by, (cell) => cells.add(cell));
  return [...cells].sort((a, b) => a - b);
}

describe('forEachEdgeCell', () => {
  test('a diagonal marks the staircase it passes through, not its bbox', () => {
    // (0.5, 0.2)→(3.5, 2.2), slope 2/3: row 0 holds x 0.5…1.7 (cols 0–1), row 1 x 1.7…3.2
    // (cols 1–3), row 2 x 3.2…3.5 (col 3). Its bbox would be 12 cells.
    expect(cellsOf(unit, 0, 0.5, 0.2, 3.5, 2.2)).toEqual([0, 1, 5, 6, 7, 11]);
    // Drawn the other way round, the same cells.
    expect(cellsOf(unit, 0, 3.5, 2.2, 0.5, 0.2)).toEqual([0, 1, 5, 6, 7, 11]);
  });
  test('pad widens the edge by that many degrees on every side', () => {
    // pad 0.25: row 0 band −0.25…1.25 holds x 0.5…2.075, ±0.25 → cols 0–2; row 1 band
    // 0.75…2.25 holds x 1.325…3.5 → cols 1–3; row 2 band 1.75…3.25 holds x 2.825…3.5 → cols 2–3.
    expect(cellsOf(unit, 0.25, 0.5, 0.2, 3.5, 2.2)).toEqual([0, 1, 2, 5, 6, 7, 10, 11]);
  });
  test('a horizontal edge marks its row; an edge on a cell side marks both sides only with pad', () => {
    expect(cellsOf(unit, 0, 0.5, 1.5, 2.5, 1.5)).toEqual([4, 5, 6]);
    expect(cellsOf(unit, 0, 1, 0.5, 1, 0.7)).toEqual([1]);
    expect(cellsOf(unit, 0.01, 1, 0.5, 1, 0.7)).toEqual([0, 1]);
  });
  test('the parts of an edge beyond the frame are skipped', () => {
    expect(cellsOf(unit, 0, -1, 0.5, 0.5, 0.5)).toEqual([0]);
    expect(cellsOf(unit, 0, 3.5, 3.5, 9, 3.5)).toEqual([15]);
  });
});

describe('frameAround', () => {
  test('square cells over the vertices widened by pad = 1e-9 × (1 + largest |coordinate|)', () => {
    const frame = frameAround(new Float64Array([0, 0, 4, 0, 4, 2]), 4);
    // Largest |coordinate| is 4 → pad 5e-9; the longer side 4 + 1e-8 cut in 4 cells.
    expect(frame.pad).toBeCloseTo(5e-9, 20);
    expect(frame.west).toBeCloseTo(-5e-9, 20);
    expect(frame.cellWidth).toBe((4 + 1e-8) / 4);
    expect(frame.cellHeight).toBe(frame.cellWidth);
    expect([frame.cols, frame.rows]).toEqual([4, 3]);
    expect(frame.east).toBeGreaterThanOrEqual(4 + 5e-9);
  });
  test('no vertices: an empty frame that holds no point', () => {
    const frame = frameAround(new Float64Array(0), 16);
    expect([frame.cols, frame.rows]).toEqual([0, 0]);
    expect(frame.west > frame.east).toBe(true);
  });
});
