// Parquet → plain columns, on a six-row file written in the test (fixture values listed in
// tests/fixtures/ingest/parquet-fixture.ts). Expected values are the written values.
import { describe, expect, test } from 'vitest';
import { readParquetColumns, type ParquetColumn } from '../../../src/formats/parquet-columns.ts';
import { InputError } from '../../../src/core/report.ts';
import { DISTRICTS, districtsParquet } from '../../fixtures/ingest/parquet-fixture.ts';

// Two row groups: rows 1–4 and 5–6, so the unsafe tower id sits in the second.
const twoGroups = districtsParquet(4);

function column(columns: readonly ParquetColumn[], name: string): ParquetColumn {
  return columns.find((c) => c.name === name)!;
}

describe('readParquetColumns', () => {
  test('keeps numeric-looking text as text, leading zeros and nulls included', async () => {
    const { rows, columns } = await readParquetColumns('d.parquet', twoGroups);
    expect(rows).toBe(6);
    expect(column(columns, 'district_id')).toEqual({ name: 'district_id', kind: 'text', values: [...DISTRICTS.district_id] });
  });

  test('INT64 within ±2^53 is an integer column, exact (2^53 included), nulls as null', async () => {
    const { columns } = await readParquetColumns('d.parquet', twoGroups);
    expect(column(columns, 'households')).toEqual({ name: 'households', kind: 'integer', values: [120, 0, null, 45, 2 ** 53, 7] });
  });

  test('one INT64 beyond 2^53, even in a later row group, makes the whole column text', async () => {
    const { columns } = await readParquetColumns('d.parquet', twoGroups);
    // 2^53 + 1 = 9007199254740993 would round to …992 as a float64.
    expect(column(columns, 'tower_id')).toEqual({ name: 'tower_id', kind: 'text', values: ['1', '2', '3', '4', '5', '9007199254740993'] });
  });

  test('booleans stay booleans; a null-free number column arrives as a Float64Array', async () => {
    const { columns } = await readParquetColumns('d.parquet', twoGroups, { columns: ['has_fibre', 'share'] });
    expect(column(columns, 'has_fibre')).toEqual({ name: 'has_fibre', kind: 'boolean', values: [...DISTRICTS.has_fibre] });
    expect(column(columns, 'share')).toEqual({ name: 'share', kind: 'number', values: Float64Array.from([0.5, 0.25, 0.75, 1, 0, 0.125]) });
    expect(column(columns, 'share').values).toBeInstanceOf(Float64Array);
  });

  test('timestamps become ISO 8601 text (UTC)', async () => {
    const { columns } = await readParquetColumns('d.parquet', twoGroups, { columns: ['surveyed'] });
    expect(columns[0]!.values.slice(0, 2)).toEqual(['2022-01-01T00:00:00.000Z', '2022-01-02T00:00:00.000Z']);
  });

  test('selected columns come back in the order asked for', async () => {
    const { columns } = await readParquetColumns('d.parquet', twoGroups, { columns: ['share', 'district_id'] });
    expect(columns.map((c) => c.name)).toEqual(['share', 'district_id']);
  });

  test('progress is reported in rows after each row group', async () => {
    const calls: [number, number][] = [];
    await readParquetColumns('d.parquet', twoGroups, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [4, 6],
      [6, 6],
    ]);
  });

  test('an abort between row groups stops before the next group is read', async () => {
    const controller = new AbortController();
    const calls: number[] = [];
    const read = readParquetColumns('d.parquet', twoGroups, {
      signal: controller.signal,
      onProgress: (done) => {
        calls.push(done);
        controller.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([4]);
  });

  test('input problems are InputErrors naming the file', async () => {
    await expect(readParquetColumns('d.parquet', twoGroups, { columns: ['district_id', 'population'] })).rejects.toThrow(
      'd.parquet, column "population": no such column; the file has district_id, households, tower_id, has_fibre, share, surveyed',
    );
    const notParquet = new TextEncoder().encode('geo_id,name\n01001,Autauga\n');
    await expect(readParquetColumns('d.parquet', notParquet)).rejects.toBeInstanceOf(InputError);
    await expect(readParquetColumns('d.parquet', notParquet)).rejects.toThrow(/^d\.parquet: not a readable Parquet file/);
    await expect(readParquetColumns('d.parquet', twoGroups, { columns: [] })).rejects.toThrow('d.parquet: no columns to read');
  });

  test('reads from a view into a larger buffer without reading its neighbours', async () => {
    const padded = new Uint8Array(twoGroups.length + 10);
    padded.set(twoGroups, 5);
    const { rows } = await readParquetColumns('d.parquet', padded.subarray(5, 5 + twoGroups.length));
    expect(rows).toBe(6);
  });
});
