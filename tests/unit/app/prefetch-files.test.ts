// Issue #18: on a first visit a project's files are fetched while DuckDB starts. A fake file
// source records each read, so these tests see when a read starts and how often it happens.
import { describe, expect, test } from 'vitest';
import { prefetched, projectFilePaths } from '../../../src/app/prefetch-files.ts';
import type { Project } from '../../../src/core/project/types.ts';
import type { FileSource } from '../../../src/engine/file-source.ts';
import { IN_PLACE_BYTES } from '../../../src/engine/load-files.ts';

/** A source of `files` (path → bytes, or an Error to throw) that logs each read, and hands out Blobs for `blobs` (path → size). */
function source(files: Record<string, Uint8Array | Error>, blobs: Record<string, number> = {}): FileSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path) {
      reads.push(path);
      const f = files[path];
      if (f === undefined || f instanceof Error) throw f ?? new Error(`${path}: no such file`);
      return f;
    },
    async blob(path) {
      return path in blobs ? new Blob([new Uint8Array(blobs[path]!)]) : undefined;
    },
    async version(path) {
      return `v:${path}`;
    },
  };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('prefetched', () => {
  test('every file is read at once, before anyone asks, and handed over without a second read', async () => {
    const files = source({ 'a.csv': new Uint8Array([1]), 'b.geojson': new Uint8Array([2]) });
    const early = prefetched(files, ['b.geojson', 'a.csv', 'a.csv']);
    await tick();
    expect(files.reads.sort()).toEqual(['a.csv', 'b.geojson']);
    expect(await early.read('a.csv')).toEqual(new Uint8Array([1]));
    expect(files.reads).toHaveLength(2);
  });

  test('bytes are handed over once (they go on to DuckDB\'s worker): a second read fetches again', async () => {
    const files = source({ 'a.csv': new Uint8Array([1]) });
    const early = prefetched(files, ['a.csv']);
    await early.read('a.csv');
    await early.read('a.csv');
    expect(files.reads).toEqual(['a.csv', 'a.csv']);
  });

  test('a failed prefetch leaves the failure to the engine\'s own read, with its message', async () => {
    const files = source({ 'gone.csv': new Error('gone.csv: could not be read (HTTP 404)') });
    const early = prefetched(files, ['gone.csv']);
    await expect(early.read('gone.csv')).rejects.toThrow('gone.csv: could not be read (HTTP 404)');
    expect(files.reads).toEqual(['gone.csv', 'gone.csv']);
  });

  test('a large file the planner added is not read: DuckDB reads it in place', async () => {
    const files = source({ 'big.csv': new Uint8Array([3]), 'small.csv': new Uint8Array([4]) }, { 'big.csv': IN_PLACE_BYTES, 'small.csv': 10 });
    const early = prefetched(files, ['big.csv', 'small.csv']);
    await tick();
    expect(files.reads).toEqual(['small.csv']);
    expect(await early.version!('big.csv')).toBe('v:big.csv');
    expect((await early.blob!('big.csv'))!.size).toBe(IN_PLACE_BYTES);
  });

  test('Cancel does not wait for a slow prefetch: the read rejects at once', async () => {
    let release: (b: Uint8Array) => void = () => {};
    const slow: FileSource = { read: () => new Promise<Uint8Array>((r) => (release = r)) };
    const controller = new AbortController();
    const reading = prefetched(slow, ['a.csv']).read('a.csv', controller.signal);
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(reading).rejects.toThrow('cancelled');
    release(new Uint8Array([1]));
  });

  test('a cancelled run does not get prefetched bytes', async () => {
    const files = source({ 'a.csv': new Uint8Array([1]) });
    const controller = new AbortController();
    controller.abort();
    await expect(prefetched(files, ['a.csv']).read('a.csv', controller.signal)).rejects.toThrow();
  });
});

test('a project\'s files: districts first, then tables, points and tiles, each once', () => {
  const project = {
    lastmile: 1,
    title: 't',
    districts: { file: 'd.geojson', id: 'id', name: 'name' },
    tables: [{ name: 'ict', file: 'ict.csv', district: 'geo_id' }],
    points: [{ name: 'schools', file: 's.csv', lon: 'lon', lat: 'lat' }],
    tiles: [
      { name: 'fixed', file: 'tiles.parquet', columns: { quadkey: 'q', download_kbps: 'd', upload_kbps: 'u', latency_ms: 'l', tests: 't', devices: 'v' } },
      { name: 'mobile', file: 'tiles.parquet', columns: { quadkey: 'q', download_kbps: 'd', upload_kbps: 'u', latency_ms: 'l', tests: 't', devices: 'v' } },
    ],
  } as unknown as Project;
  expect(projectFilePaths(project)).toEqual(['d.geojson', 'ict.csv', 's.csv', 'tiles.parquet']);
});
