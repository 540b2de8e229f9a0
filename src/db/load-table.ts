// Loads delimited text files into DuckDB tables. Every column is kept as text
// (all_varchar): ids such as FIPS "01001" keep their leading zeros, and numbers are cast
// only where an indicator uses them, so nothing is lost or guessed at load time. Rows the
// CSV reader cannot use (too many or too few fields…) are set aside and reported with their
// line number, never silently dropped. Text that is not UTF-8 is refused here (NotUtf8Error):
// src/db/load-file.ts re-encodes it when it can and loads it again.
import { linesFromRejects, recordLines, UNCLOSED_QUOTE, unclosedQuoteLine, type LineBreakpoint } from '../formats/csv-lines.ts';
import { InputError, type ReadNote } from '../core/report.ts';
import { firstInvalidByte, notUtf8Issue, NotUtf8Error } from '../formats/text-encoding.ts';
import type { Db } from './db.ts';
import { ident, literal } from './sql.ts';

/** A row the reader set aside: its line in the file (header = line 1), the column and why. */
export interface RowReject {
  readonly line: number;
  readonly column?: string;
  readonly reason: string;
  /** DuckDB's kind of error, lower case ("missing columns"), and its own English message: the reason is "<type>: <detail>". */
  readonly type: string;
  readonly detail: string;
}

export interface TableLoad {
  readonly table: string;
  readonly rows: number;
  readonly columns: readonly string[];
  /** Rows set aside by the reader (CSV only). */
  readonly rejects?: readonly RowReject[];
  /** What was assumed to read the file (an encoding, decimal commas), for the planner. */
  readonly notes?: readonly string[];
  /** The same notes with their codes, for the UI to word. */
  readonly codedNotes?: readonly ReadNote[];
  /** The delimited file a plan bundle's Parquet was made from: messages name it, and its lines (src/engine/bundle-parquet.ts). */
  readonly source?: string;
  /**
   * What `<table>__lines` holds, kept so that the checks need not read it back from DuckDB:
   * the line breakpoints, or null when the table has none (rows are named by number).
   * Absent when not known here; the checks then ask DuckDB (src/db/table-checks.ts).
   */
  readonly lines?: readonly LineBreakpoint[] | null;
}

export interface DelimitedLoadOptions {
  /** File name for messages (the virtual file name when omitted). */
  readonly file?: string;
  /** Field separator, e.g. the one sniffFile found; DuckDB detects it when omitted. */
  readonly delimiter?: string;
}

/**
 * Reads CSV/TSV bytes (delimiter sniffed unless given) into `table`, replacing any table of
 * that name only once the new one has loaded. Records each row's line in `<table>__lines`
 * (see src/ingest/csv-lines.ts) so later checks can name it. Throws InputError for a file
 * that is not UTF-8 or has no row that could be read.
 */
export async function loadDelimitedTable(db: Db, table: string, virtualFile: string, bytes: Uint8Array, options: DelimitedLoadOptions = {}): Promise<TableLoad> {
  await db.registerFile(virtualFile, bytes);
  return loadRegistered(db, table, virtualFile, bytes, options);
}

/**
 * The same for a large file handed over as a Blob: DuckDB reads it in slices, so it is never
 * held whole in JavaScript. Without the bytes, line numbers follow DuckDB's count (exact
 * unless a quoted cell spans lines) and an encoding error names the line but not its text.
 */
export async function loadDelimitedBlob(db: Db, table: string, virtualFile: string, blob: Blob, options: DelimitedLoadOptions = {}): Promise<TableLoad> {
  if (!db.registerBlob) throw new Error('this database cannot read files in place');
  await db.registerBlob(virtualFile, blob);
  return loadRegistered(db, table, virtualFile, null, options);
}

async function loadRegistered(db: Db, table: string, virtualFile: string, bytes: Uint8Array | null, options: DelimitedLoadOptions): Promise<TableLoad> {
  const file = options.file ?? virtualFile;
  const staging = `${table}__loading`;
  const rejectsTable = `${table}__rejects`;
  const rejectsScan = `${table}__rejects_scan`;
  const delim = options.delimiter === undefined ? '' : `delim = ${literal(options.delimiter)}, `;
  const unclosed = bytes ? unclosedQuoteLine(bytes) : null;
  const cleanUp = `DROP TABLE IF EXISTS ${ident(staging)}; DROP TABLE IF EXISTS ${ident(rejectsTable)}; DROP TABLE IF EXISTS ${ident(rejectsScan)}`;
  let done = false;
  try {
    if (unclosed !== null) {
      throw new InputError({ file, row: unclosed, reason: UNCLOSED_QUOTE, code: 'unclosedQuote' });
    }
    await db
      .exec(
        `CREATE OR REPLACE TABLE ${ident(staging)} AS SELECT * FROM read_csv(${literal(virtualFile)}, header = true, all_varchar = true, auto_detect = true, ${delim}` +
          `ignore_errors = true, store_rejects = true, rejects_table = ${literal(rejectsTable)}, rejects_scan = ${literal(rejectsScan)})`,
      )
      .catch((e: unknown) => {
        throw readerError(file, e);
      });
    const rows = await db.query(
      `SELECT line::INTEGER AS line, column_name, error_type::VARCHAR AS type, error_message FROM ${ident(rejectsTable)} ORDER BY line, column_idx`,
    );
    const loaded = await describeTable(db, staging);
    const rejected = new Set(rows.map((r) => Number(r.line)));
    const lines = bytes ? recordLines(bytes, rejected) : null;
    // When the scan and DuckDB disagree on the records (an unusual quote character, say),
    // fall back to DuckDB's own convention of one record per line.
    const aligned = lines !== null && lines.rows === loaded.rows && lines.rejected.size === rejected.size;
    const editorLine = (line: number) => (aligned ? (lines.rejected.get(line) ?? line) : line);
    const rejects = rows.map((r) => toReject({ ...r, line: editorLine(Number(r.line)) }));
    const encoding = rows.find((r) => r.type === 'INVALID ENCODING');
    if (encoding) {
      const line = editorLine(Number(encoding.line));
      throw new NotUtf8Error(bytes ? notUtf8Issue(file, bytes, invalidByteOnLine(bytes, line)) : { file, row: line, reason: 'not UTF-8 text; save the file as UTF-8 (Excel: Save As → "CSV UTF-8") and load it again' });
    }
    if (loaded.rows === 0 && rejects.length === 0) throw new InputError({ file, reason: 'the file has a header row but no data rows', code: 'headerNoRows' });
    if (loaded.rows === 0) {
      const n = new Set(rejects.map((r) => r.line)).size;
      const first = rejects[0]!;
      const reason = `none of the ${n} data row${n === 1 ? '' : 's'} could be read (line ${first.line}: ${first.reason}); check that every row uses the header's separator`;
      throw new InputError({ file, reason, code: 'noRowRead', values: { count: n, line: first.line, type: first.type, detail: first.detail } });
    }
    const breakpoints = aligned ? lines.breakpoints : linesFromRejects(rejected);
    // One round trip for the lines, the swap and the clean-up (issue #18: each statement
    // is a message to DuckDB's worker and back).
    await db.exec(`${linesSql(table, breakpoints)}; DROP TABLE IF EXISTS ${ident(table)}; ALTER TABLE ${ident(staging)} RENAME TO ${ident(table)}; ${cleanUp}`);
    done = true;
    return { ...loaded, table, rejects, lines: breakpoints };
  } finally {
    if (!done) await db.exec(cleanUp);
    await db.dropFile(virtualFile);
  }
}

/**
 * The CSV reader's own error as a planner's message: DuckDB's text holds the SQL and the
 * reader's settings, which mean nothing to a planner (and are kilobytes long).
 */
export function readerError(file: string, e: unknown): InputError {
  const text = e instanceof Error ? e.message : String(e);
  const line = Number(/on Line: (\d+)/.exec(text)?.[1] ?? Number.NaN);
  const row = Number.isFinite(line) ? { row: line + 1 } : {};
  const long = /Maximum line size of (\d+) bytes exceeded\. Actual Size:\s*(\d+)/.exec(text);
  if (long) {
    const reason = `a line is ${Number(long[2]).toLocaleString('en')} bytes long, more than the ${Number(long[1]).toLocaleString('en')} a table's line may have; is this really a table with one record per line?`;
    return new InputError({ file, ...row, reason });
  }
  if (/unterminated quote/i.test(text)) return new InputError({ file, ...row, reason: 'a quoted cell is never closed; close the quote or remove it' });
  const first = (text.split('\n')[0] ?? '').replace(/^[A-Za-z ]*Error: /, '').slice(0, 160);
  return new InputError({ file, ...row, reason: `could not be read as a table (${first})` });
}

/** Name of the table holding the line breakpoints of a delimited table (absent for Parquet). */
export function linesTable(table: string): string {
  return `${table}__lines`;
}

/** Records `breakpoints` as the lines of `table`'s rows (`<table>__lines`), in one statement. */
export async function writeLines(db: Db, table: string, breakpoints: readonly LineBreakpoint[]): Promise<void> {
  await db.exec(linesSql(table, breakpoints));
}

/**
 * The statement creating `<table>__lines` with `breakpoints` (few: one per blank line,
 * rejected row or multi-line cell). They are integers this code counted, never text from a
 * file, and are written as literals so the statement can travel with others in one exec.
 */
export function linesSql(table: string, breakpoints: readonly LineBreakpoint[]): string {
  const name = ident(linesTable(table));
  const int = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new Error(`line breakpoint ${n} is not an integer`);
    return String(n);
  };
  if (breakpoints.length === 0) return `CREATE OR REPLACE TABLE ${name} ("row" INTEGER, line INTEGER)`;
  const values = breakpoints.map((b) => `(${int(b.row)}, ${int(b.line)})`).join(', ');
  return `CREATE OR REPLACE TABLE ${name} AS SELECT "row"::INTEGER AS "row", line::INTEGER AS line FROM (VALUES ${values}) AS v("row", line)`;
}

/** Offset of the first byte on editor line `line` (1-based) that is not UTF-8. */
function invalidByteOnLine(bytes: Uint8Array, line: number): number {
  let start = 0;
  for (let l = 1; l < line && start < bytes.length; start++) if (bytes[start] === 0x0a) l++;
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a) end++;
  return start + Math.min(firstInvalidByte(bytes.subarray(start, end)), Math.max(0, end - start - 1));
}

function toReject(r: Record<string, unknown>): RowReject {
  const type = String(r.type).toLowerCase();
  const detail = String(r.error_message);
  return { line: Number(r.line), ...(typeof r.column_name === 'string' ? { column: r.column_name } : {}), reason: `${type}: ${detail}`, type, detail };
}

/** Row count and column names of a table, in one query (every row carries the count; a table has a column). */
export async function describeTable(db: Db, table: string): Promise<TableLoad> {
  const cols = await db.query(
    `SELECT column_name, (SELECT count(*) FROM ${ident(table)})::INTEGER AS n FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`,
    [table],
  );
  return { table, rows: Number(cols[0]?.n ?? 0), columns: cols.map((c) => String(c.column_name)) };
}
