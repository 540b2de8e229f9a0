// Decodes a Parquet file into plain columns with hyparquet (pure JS): duckdb-wasm 1.32 has
// no parquet extension offline, so the file is read here and handed to DuckDB as Arrow.
// Types are kept honest: a text column stays text even when its values look numeric (ids
// such as quadkeys or FIPS "01001"), integers stay integers (an INT64 id 1 must read "1", not
// "1.0", to join a CSV's "1"), and numbers are float64 unless that would lose digits. GZIP,
// ZSTD, Brotli and LZ4 pages are decompressed by hyparquet-compressors (hyparquet itself
// knows only Snappy).
import { parquetMetadata, parquetRead, parquetSchema, type ColumnData, type DecodedArray, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../core/report.ts';

/** Why a Parquet file with columns and no rows is refused: the rule of a header-only CSV. */
export const NO_ROWS = 'the file has columns but no data rows';
/** 2^53: every integer up to this magnitude is exact in a float64. */
const EXACT = 2n ** 53n;
/** Longest stretch of decoding (ms) before giving the event loop a turn, so Cancel is heard. */
const SLICE_MS = 16;

/** One decoded column: numbers (whole numbers from integer columns, others float64; null-free columns as a Float64Array), text, or booleans. */
export type ParquetColumn =
  | { readonly name: string; readonly kind: 'number' | 'integer'; readonly values: Float64Array | readonly (number | null)[] }
  | { readonly name: string; readonly kind: 'text'; readonly values: readonly (string | null)[] }
  | { readonly name: string; readonly kind: 'boolean'; readonly values: readonly (boolean | null)[] };

export interface ParquetColumns {
  readonly rows: number;
  readonly columns: readonly ParquetColumn[];
  /** The file's key-value metadata (e.g. what a plan bundle's converted table was made from). */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface ParquetReadOptions {
  /** Columns to keep, in this order; every top-level column when omitted. */
  readonly columns?: readonly string[];
  /** Called after each row group with the rows decoded so far and the file's total rows. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked between row groups; an aborted read rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Decodes Parquet bytes row group by row group into one array per column. INT64 values
 * become float64 when every value in the column is within ±2^53, text otherwise (so no id
 * is silently rounded); dates become ISO 8601 text; nested values become JSON text.
 */
export async function readParquetColumns(file: string, bytes: Uint8Array, options: ParquetReadOptions = {}): Promise<ParquetColumns> {
  const buffer = toArrayBuffer(bytes);
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (e) {
    throw new InputError({ file, reason: `not a readable Parquet file (${(e as Error).message})` });
  }
  const schema = parquetSchema(metadata).children;
  const available = schema.map((c) => c.element.name);
  // Whole-number columns by their physical type: hyparquet hands INT32 pages over as plain numbers.
  const integers = new Set(schema.filter((c) => isIntegerType(c.element)).map((c) => c.element.name));
  const names = options.columns ? [...options.columns] : available;
  if (names.length === 0) throw new InputError({ file, reason: 'no columns to read' });
  const missing = names.find((n) => !available.includes(n));
  if (missing !== undefined) {
    throw new InputError({ file, column: missing, reason: `no such column; the file has ${available.join(', ')}` });
  }

  const total = Number(metadata.num_rows);
  if (total === 0) throw new InputError({ file, reason: NO_ROWS });
  const chunks = new Map(names.map((n) => [n, [] as DecodedArray[]]));
  let start = 0;
  let lastYield = performance.now();
  for (const group of metadata.row_groups) {
    options.signal?.throwIfAborted();
    const end = start + Number(group.num_rows);
    await readRowGroup(file, buffer, metadata, names, start, end, chunks);
    start = end;
    options.onProgress?.(start, total);
    if (performance.now() - lastYield > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
  options.signal?.throwIfAborted();
  const kv = Object.fromEntries((metadata.key_value_metadata ?? []).map((e) => [e.key, e.value ?? '']));
  return { rows: start, columns: names.map((name) => toColumn(name, chunks.get(name) ?? [], start, integers.has(name))), metadata: kv };
}

async function readRowGroup(
  file: string,
  buffer: ArrayBuffer,
  metadata: FileMetaData,
  names: string[],
  start: number,
  end: number,
  into: Map<string, DecodedArray[]>,
): Promise<void> {
  const parts: ColumnData[] = [];
  try {
    // onChunk rather than row objects: columns stay columns, with no per-row allocation.
    // utf8: false keeps unannotated byte arrays as bytes, so binary (GeoParquet's WKB) is not
    // mangled into text; toText decides per value (columns annotated as strings are text anyway).
    await parquetRead({ file: buffer, metadata, columns: names, rowStart: start, rowEnd: end, utf8: false, compressors, onChunk: (c) => parts.push(c) });
  } catch (e) {
    throw new InputError({ file, row: start + 1, reason: `the row group starting here could not be decoded (${(e as Error).message})` });
  }
  for (const name of names) {
    // hyparquet may hand over pages that reach outside the requested rows; clip to the group.
    const pieces = parts.filter((p) => p.columnName === name).sort((a, b) => a.rowStart - b.rowStart);
    let covered = start;
    for (const p of pieces) {
      const from = Math.max(covered, p.rowStart);
      const to = Math.min(end, p.rowEnd);
      if (from !== covered || to <= from) continue;
      into.get(name)?.push(p.columnData.slice(from - p.rowStart, to - p.rowStart));
      covered = to;
    }
    if (covered !== end) throw new InputError({ file, row: covered + 1, column: name, reason: 'rows missing from the decoded column' });
  }
}

/** INT32 or INT64 holding plain whole numbers (not decimals, dates or times, which hyparquet converts). */
function isIntegerType(element: { type?: string; converted_type?: string; logical_type?: { type: string } }): boolean {
  if (element.type !== 'INT32' && element.type !== 'INT64') return false;
  const logical = element.logical_type?.type;
  if (logical !== undefined && logical !== 'INTEGER') return false;
  return element.converted_type === undefined || /^U?INT_/.test(element.converted_type);
}

function toColumn(name: string, chunks: readonly DecodedArray[], rows: number, integer: boolean): ParquetColumn {
  const found = kindOf(chunks);
  const kind = found === 'number' && integer ? 'integer' : found;
  if (kind === 'number' || kind === 'integer') {
    const values = new Float64Array(rows);
    const nulls: number[] = [];
    let i = 0;
    for (const chunk of chunks) {
      for (const v of chunk) {
        if (v === null || v === undefined) nulls.push(i);
        else values[i] = Number(v);
        i++;
      }
    }
    if (nulls.length === 0) return { name, kind, values };
    const withNulls: (number | null)[] = Array.from(values);
    for (const n of nulls) withNulls[n] = null;
    return { name, kind, values: withNulls };
  }
  const values: (string | boolean | null)[] = [];
  for (const chunk of chunks) {
    for (const v of chunk) values.push(v === null || v === undefined ? null : kind === 'boolean' ? Boolean(v) : toText(v));
  }
  return kind === 'boolean' ? { name, kind, values: values as (boolean | null)[] } : { name, kind, values: values as (string | null)[] };
}

/** The one kind that fits every non-null value of a column; text when they disagree. */
function kindOf(chunks: readonly DecodedArray[]): ParquetColumn['kind'] {
  let kind: ParquetColumn['kind'] | undefined;
  for (const chunk of chunks) {
    if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array || chunk instanceof Uint32Array) {
      const k = chunk instanceof Int32Array || chunk instanceof Uint32Array ? 'integer' : 'number';
      if (kind !== undefined && kind !== k && !numeric(kind, k)) return 'text';
      kind = kind === undefined || kind === k ? k : 'number';
      continue;
    }
    for (const v of chunk as Iterable<unknown>) {
      if (v === null || v === undefined) continue;
      const k = valueKind(v);
      if (k === 'text' || (kind !== undefined && kind !== k && !numeric(kind, k))) return 'text';
      kind = kind === undefined || kind === k ? k : 'number';
    }
  }
  // A column of nulls only has no type to go by; text is the type every value fits.
  return kind ?? 'text';
}

/** Whole numbers and other numbers mix into numbers. */
function numeric(a: ParquetColumn['kind'], b: ParquetColumn['kind']): boolean {
  return (a === 'number' || a === 'integer') && (b === 'number' || b === 'integer');
}

function valueKind(v: unknown): ParquetColumn['kind'] {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'bigint') return v <= EXACT && v >= -EXACT ? 'integer' : 'text';
  if (typeof v === 'boolean') return 'boolean';
  return 'text';
}

function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (v instanceof Uint8Array) return bytesText(v);
  return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes that are plain UTF-8 text stay text; anything else (binary such as WKB) becomes hex. */
function bytesText(v: Uint8Array): string {
  try {
    const text = UTF8.decode(v);
    if (!hasControlCharacter(text)) return text;
  } catch {
    // not UTF-8: binary
  }
  return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True for text holding a control character other than tab and line breaks (a sign of binary). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** hyparquet reads from an ArrayBuffer; copy only when the view does not span its buffer. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}
