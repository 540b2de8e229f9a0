// DOUBLE result columns copied chunk by chunk (issue #18: Kenya's 651,764 grid cells read
// cell by cell cost a second of main-thread time): the same values as reading each cell,
// across DuckDB's 2,048-row chunks, with nulls as NaN and sliced Arrow vectors respected.
import { makeData, Float64, makeVector } from 'apache-arrow';
import { expect, test } from 'vitest';
import { float64Values } from '../../src/db/arrow-doubles.ts';
import { openNodeDb } from '../../src/db/node-db.ts';

test('5,000 rows in three DuckDB chunks: x = i / 2, NULL where i is a multiple of 7, read as NaN', async () => {
  const db = await openNodeDb();
  const cols = await db.queryColumns('SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE i / 2 END::DOUBLE AS x FROM range(5000) t(i) ORDER BY i');
  const x = cols.x as Float64Array;
  expect(x).toBeInstanceOf(Float64Array);
  expect(x.length).toBe(5000);
  // Hand-checked cells either side of the chunk edges at 2,048 and 4,096.
  expect([x[0], x[1], x[2047], x[2048], x[2049], x[4094], x[4095], x[4096], x[4999]]).toEqual([Number.NaN, 0.5, 1023.5, 1024, 1024.5, 2047, Number.NaN, 2048, 2499.5]);
  expect(x[2051]).toBeNaN(); // 2051 = 7 × 293; 4095 = 7 × 585
  expect(Array.from(x).filter(Number.isNaN)).toHaveLength(715); // ⌈5000 / 7⌉ multiples of 7 in 0…4999
  await db.close();
});

test('a sliced chunk: values from its first row, validity from its offset in the bitmap', () => {
  // Rows 0…9 = 0, 10, …, 90 with row 3 and row 8 null; sliced to rows 2…8.
  const bitmap = new Uint8Array([0b11110111, 0b00000010]);
  const data = makeData({ type: new Float64(), length: 10, nullCount: 2, nullBitmap: bitmap, data: Float64Array.from({ length: 10 }, (_, i) => i * 10) });
  const vector = makeVector(data).slice(2, 9);
  expect(Array.from(float64Values(vector, 7))).toEqual([20, Number.NaN, 40, 50, 60, 70, Number.NaN]);
  expect(Array.from(float64Values(vector, 7))).toEqual(Array.from({ length: 7 }, (_, i) => vector.get(i) ?? Number.NaN));
});

test('no vector at all: every value NaN', () => {
  expect(Array.from(float64Values(null, 3))).toEqual([Number.NaN, Number.NaN, Number.NaN]);
});
