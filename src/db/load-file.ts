// One entry for every table file a planner may drop in: the format is chosen from the file
// name (extensions, not content sniffing, so the planner can predict it), gzip is undone
// first, and a file that cannot be used is an InputError naming it.
import { extensionOf } from '../formats/extension.ts';
import { InputError, type ReadNote } from '../core/report.ts';
import type { Db } from './db.ts';
import { NotUtf8Error, toUtf8, utf16Of } from '../formats/text-encoding.ts';
import { convertDecimalCommas, DECIMAL_COMMA_NOTE, tableWritesDecimalCommas } from './decimal-comma.ts';
import { loadParquetTable } from './load-parquet.ts';
import { loadDelimitedBlob, loadDelimitedTable, type TableLoad } from './load-table.ts';

export interface TableFileOptions {
  /** Parquet only: columns to keep, in this order (delimited text is always read whole). */
  readonly columns?: readonly string[];
  /** Called with rows loaded so far and total rows: per row group for Parquet, once at the end for text. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked before loading and, for Parquet, between row groups. */
  readonly signal?: AbortSignal;
  /**
   * Decimal separator of the file's numbers: with ",", text such as "12,5" becomes "12.5" in
   * every column (the project's `decimal` key). Omitted: delimited text that writes decimal
   * commas (the app's rule) is read with them, and the load says so in a note.
   */
  readonly decimal?: '.' | ',';
  /** Delimited text only: the field separator (as sniffFile found it); detected by DuckDB when omitted. */
  readonly delimiter?: string;
}

/** File name endings loadTableFile understands (matched case-insensitively). */
export const TABLE_FILE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.parquet'] as const;
const SUPPORTED = `${TABLE_FILE_EXTENSIONS.join(', ')}, each optionally gzip-compressed (.gz)`;

/** Loads a CSV/TSV/TXT or Parquet file (optionally `.gz`) into `table`, replacing it; rows counted. */
export async function loadTableFile(db: Db, table: string, fileName: string, bytes: Uint8Array, options: TableFileOptions = {}): Promise<TableLoad> {
  // Messages always name the file the planner chose, even when its gzip content is at fault.
  return load(db, table, fileName, fileName, bytes, options);
}

/**
 * The same for a file handed over as a Blob (a File in the browser). Uncompressed delimited
 * text is read by DuckDB in place, in slices — a large census extract is never copied whole
 * into JavaScript; other formats are read into memory first, as loadTableFile does.
 */
export async function loadTableBlob(db: Db, table: string, fileName: string, blob: Blob, options: TableFileOptions = {}): Promise<TableLoad> {
  const ext = extensionOf(fileName);
  if (!db.registerBlob || !(ext === '.csv' || ext === '.tsv' || ext === '.txt')) return loadTableFile(db, table, fileName, new Uint8Array(await blob.arrayBuffer()), options);
  if (blob.size === 0) throw new InputError({ file: fileName, reason: 'the file is empty', code: 'empty' });
  options.signal?.throwIfAborted();
  // Text that is not UTF-8 is re-encoded in memory first (src/formats/text-encoding.ts).
  const whole = async () => loadTableFile(db, table, fileName, new Uint8Array(await blob.arrayBuffer()), options);
  const head = new Uint8Array(await blob.slice(0, 4096).arrayBuffer());
  if (utf16Of(head) || head.includes(0)) return whole();
  let result: TableLoad;
  try {
    result = await loadDelimitedBlob(db, table, `${table}${ext}`, blob, { file: fileName, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
  } catch (e) {
    if (e instanceof NotUtf8Error) return whole();
    throw e;
  }
  const decimal = await decimalMark(db, table, options.decimal, firstLine(head));
  options.onProgress?.(result.rows, result.rows);
  return decimal.note ? { ...result, notes: [decimal.note], codedNotes: [DECIMAL_COMMA_CODED] } : result;
}

/** The decimal-comma note with its code (ReadNote). */
const DECIMAL_COMMA_CODED: ReadNote = { reason: DECIMAL_COMMA_NOTE, code: 'decimalComma' };

/** Applies the decimal mark (given, or guessed when omitted) to a loaded text table; the note when it was guessed. */
async function decimalMark(db: Db, table: string, decimal: '.' | ',' | undefined, header: string): Promise<{ note?: string }> {
  if (decimal === '.') return {};
  if (decimal === ',') {
    await convertDecimalCommas(db, table);
    return {};
  }
  if (!(await tableWritesDecimalCommas(db, table, header))) return {};
  await convertDecimalCommas(db, table);
  return { note: DECIMAL_COMMA_NOTE };
}

async function load(db: Db, table: string, file: string, name: string, bytes: Uint8Array, options: TableFileOptions): Promise<TableLoad> {
  if (bytes.length === 0) throw new InputError({ file, reason: 'the file is empty', code: 'empty' });
  options.signal?.throwIfAborted();
  const ext = extensionOf(name);
  if (ext === '.gz') return load(db, table, file, name.slice(0, -ext.length), await gunzip(file, bytes), options);
  if (ext === '.parquet') {
    // Its rows' lines: a bundle's converted CSV keeps the CSV's; others are named by number.
    const result = await loadParquetTable(db, table, bytes, { ...options, file });
    if (options.decimal === ',') await convertDecimalCommas(db, table);
    return result;
  }
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
    const delimited = { file, ...(options.delimiter ? { delimiter: options.delimiter } : {}) };
    const text = toUtf8(file, bytes);
    // Read before loading: the browser hands the bytes over to DuckDB's worker.
    const header = firstLine(text.bytes);
    const result = await loadDelimitedTable(db, table, `${table}${ext}`, text.bytes, delimited);
    const decimal = await decimalMark(db, table, options.decimal, header);
    options.onProgress?.(result.rows, result.rows);
    const notes = [...(text.note ? [text.note] : []), ...(decimal.note ? [decimal.note] : [])];
    const codedNotes = [...(text.codedNote ? [text.codedNote] : []), ...(decimal.note ? [DECIMAL_COMMA_CODED] : [])];
    return notes.length ? { ...result, notes, codedNotes } : result;
  }
  const found = ext === '' ? 'a file without an extension' : `"${ext}"`;
  throw new InputError({ file, reason: `cannot read ${found}; supported: ${SUPPORTED}` });
}


/** The first line of (UTF-8) text bytes, from its first 64 KB. */
function firstLine(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 65536));
  const end = head.indexOf('\n');
  return end < 0 ? head : head.slice(0, end);
}

/** Gunzips with the platform's DecompressionStream (browsers, and Node ≥ 18): no dependency. */
async function gunzip(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new InputError({ file, reason: 'named .gz but not gzip-compressed (the gzip signature is missing)' });
  }
  try {
    // Blob refuses views over a SharedArrayBuffer; copy only in that case.
    const part = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
    const stream = new Blob([part]).stream().pipeThrough(new DecompressionStream('gzip'));
    const out = new Uint8Array(await new Response(stream).arrayBuffer());
    if (out.length === 0) throw new InputError({ file, reason: 'the file is empty once decompressed', code: 'emptyDecompressed' });
    return out;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError({ file, reason: `could not be decompressed as gzip (${(e as Error).message})` });
  }
}
