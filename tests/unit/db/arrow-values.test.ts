// Arrow results read column by column (issue #18) give exactly what reading cell by cell gave:
// a result in several record batches (DuckDB sends 2,048 rows each), nulls as NaN in DOUBLE
// columns and null elsewhere, integers as numbers, and a bigint too large still refused.
import { Float64, Int64, makeData, makeVector, RecordBatch, Schema, Field, Struct, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { columnsOf, rowsOf } from '../../../src/db/arrow-values.ts';

/** One record batch with columns x (DOUBLE), id (VARCHAR) and n (BIGINT). */
function batch(x: (number | null)[], id: (string | null)[], n: bigint[]): RecordBatch {
  const children = [vectorFromArray(x, new Float64()), vectorFromArray(id, new Utf8()), makeVector(BigInt64Array.from(n))];
  const schema = new Schema([new Field('x', new Float64(), true), new Field('id', new Utf8(), true), new Field('n', new Int64(), false)]);
  const data = makeData({ type: new Struct(schema.fields), length: x.length, nullCount: 0, children: children.map((c) => c.data[0]!) });
  return new RecordBatch(schema, data);
}

// Two batches, so that row 2 lives in the second one; the null sits in the second batch too.
const twoBatches = () => new Table([batch([1.5, 2], ['a', null], [1n, 2n]), batch([null, -0.25], ['c', 'd'], [3n, 4n])]);

describe('columnsOf', () => {
  test('a DOUBLE column across batches is one Float64Array, the null as NaN', () => {
    const columns = columnsOf(twoBatches());
    expect(columns.x).toBeInstanceOf(Float64Array);
    expect(Array.from(columns.x as Float64Array)).toEqual([1.5, 2, Number.NaN, -0.25]);
    expect(columns.id).toEqual(['a', null, 'c', 'd']);
    expect(columns.n).toEqual([1, 2, 3, 4]);
  });

  test('a DOUBLE column without nulls is copied whole, not shared with the Arrow buffer', () => {
    const table = new Table([batch([1, 2], ['a', 'b'], [1n, 2n])]);
    const x = columnsOf(table).x as Float64Array;
    x[0] = 99;
    expect(table.getChild('x')!.get(0)).toBe(1);
  });

  test('a bigint beyond 2^53 is refused, not rounded', () => {
    const table = new Table([batch([1], ['a'], [2n ** 60n])]);
    expect(() => columnsOf(table)).toThrow(/too large to represent exactly/);
  });
});

describe('rowsOf', () => {
  test('rows in order across batches, with plain values', () => {
    expect(rowsOf(twoBatches())).toEqual([
      { x: 1.5, id: 'a', n: 1 },
      { x: 2, id: null, n: 2 },
      { x: null, id: 'c', n: 3 },
      { x: -0.25, id: 'd', n: 4 },
    ]);
  });

  test('an empty result has no rows', () => {
    expect(rowsOf(new Table([batch([], [], [])]))).toEqual([]);
  });
});
