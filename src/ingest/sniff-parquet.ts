// Sniffs a Parquet file from its footer and first rows only: hyparquet reads through an
// AsyncBuffer whose slices are slices of the File, so a 900 MB file costs a few reads.
import { parquetMetadataAsync, parquetReadObjects, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { FileLike } from './file-head.ts';
import { NO_ROWS } from '../formats/parquet-columns.ts';
import { InputError } from '../core/report.ts';

export interface ParquetHead {
  readonly columns: string[];
  readonly sample: Record<string, string | null>[];
  /** Rows in the file, from its metadata (exact). */
  readonly rows: number;
}

/** An AsyncBuffer over a file (read on demand) or over bytes already in memory. */
export function asyncBufferOf(source: FileLike | Uint8Array): AsyncBuffer {
  if (source instanceof Uint8Array) {
    return { byteLength: source.length, slice: (start, end) => source.slice(start, end).buffer };
  }
  return { byteLength: source.size, slice: (start, end) => source.slice(start, end).arrayBuffer() };
}

/** Columns, the first `sampleRows` rows as text, and the row count of a Parquet file. */
export async function sniffParquet(file: string, buffer: AsyncBuffer, sampleRows: number): Promise<ParquetHead> {
  try {
    const metadata = await parquetMetadataAsync(buffer);
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    const rows = Number(metadata.num_rows);
    if (rows === 0) throw new InputError({ file, reason: NO_ROWS });
    const objects = rows === 0 ? [] : await parquetReadObjects({ file: buffer, metadata, rowStart: 0, rowEnd: Math.min(rows, sampleRows), compressors });
    const sample = objects.map((o) => Object.fromEntries(columns.map((c) => [c, asText(o[c])])));
    return { columns, sample, rows };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError({ file, reason: `not a readable Parquet file (${(e as Error).message})` });
  }
}

/** A Parquet value as text, as the loader would show it: integers exact, dates ISO 8601, bytes hex. */
function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (v instanceof Uint8Array) return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
  return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
}
