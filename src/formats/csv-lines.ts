// Where each record of a delimited text file starts, as the line a text editor shows. DuckDB's
// read_csv tells the line of a rejected row only, and counts a record whose quoted field holds
// line breaks as one line (its "line" = editor line − line breaks inside quotes before it;
// measured with duckdb-wasm 1.32). Scanning the bytes once gives both numbers per record, so
// rejects can be given editor lines and every loaded row its own line.

/** Called per record (blank lines are not records): its editor line and DuckDB's line for it, both 1-based. */
export type OnRecord = (line: number, duckdbLine: number) => void;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Scans delimited text bytes (quote character `"`), calling `onRecord` for each record in order. */
export function scanRecords(bytes: Uint8Array, onRecord: OnRecord): void {
  let line = 1;
  let quotedBreaks = 0;
  let inQuotes = false;
  let atLineStart = true;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (atLineStart && !inQuotes) {
      // A blank line (LF or CRLF alone) is skipped by DuckDB and starts no record.
      const blank = b === LF || (b === CR && bytes[i + 1] === LF);
      if (!blank) {
        onRecord(line, line - quotedBreaks);
        atLineStart = false;
      }
    }
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (b === LF) {
      line++;
      if (inQuotes) quotedBreaks++;
      else atLineStart = true;
    }
  }
}

/** From which loaded row (0-based) on rows are consecutive lines starting at `line`. */
export interface LineBreakpoint {
  readonly row: number;
  readonly line: number;
}

export interface RecordLines {
  /** Editor line of each loaded row, as breakpoints: row r is on line bp.line + (r − bp.row) for the last bp.row ≤ r. */
  readonly breakpoints: readonly LineBreakpoint[];
  /** DuckDB's line of each rejected row → its editor line. */
  readonly rejected: ReadonlyMap<number, number>;
  /** Rows the scan found loaded; equals the table's row count when DuckDB parsed the file as the scan did. */
  readonly rows: number;
}

/** Editor lines of the rows DuckDB loaded (file order, header = line 1), given DuckDB's lines of the rows it rejected. */
export function recordLines(bytes: Uint8Array, rejectedDuckdbLines: ReadonlySet<number>): RecordLines {
  const breakpoints: LineBreakpoint[] = [];
  const rejected = new Map<number, number>();
  let header = true;
  let rows = 0;
  let previous = -1;
  scanRecords(bytes, (line, duckdbLine) => {
    if (header) {
      header = false;
      return;
    }
    if (rejectedDuckdbLines.has(duckdbLine)) {
      rejected.set(duckdbLine, line);
      return;
    }
    if (line !== previous + 1) breakpoints.push({ row: rows, line });
    previous = line;
    rows++;
  });
  return { breakpoints, rejected, rows };
}

/**
 * Breakpoints when the scan and DuckDB disagree (an unusual quote character, say): one
 * record per line, skipping DuckDB's rejected lines, which is DuckDB's own convention.
 */
export function linesFromRejects(rejectedDuckdbLines: ReadonlySet<number>): LineBreakpoint[] {
  const breakpoints: LineBreakpoint[] = [{ row: 0, line: 2 }];
  [...rejectedDuckdbLines].sort((a, b) => a - b).forEach((line, i) => {
    const row = line - 2 - i;
    if (breakpoints.at(-1)!.row === row) breakpoints.pop();
    breakpoints.push({ row, line: line + 1 });
  });
  return breakpoints;
}

/** The line of loaded row `row` (0-based) under `breakpoints` (sorted by row). */
export function lineOfRow(breakpoints: readonly LineBreakpoint[], row: number): number {
  let lo = 0;
  let hi = breakpoints.length - 1;
  if (hi < 0) return row + 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (breakpoints[mid]!.row <= row) lo = mid;
    else hi = mid - 1;
  }
  const bp = breakpoints[lo]!;
  return bp.line + (row - bp.row);
}

/** Why a file with an unclosed quote is refused, by the app's sniffing and by the loaders alike. */
export const UNCLOSED_QUOTE = 'a quoted cell opens on this line (") and is never closed, so the rest of the file would be one cell; close the quote or remove it';

/** Bytes a field may start after: a line break or a separator DuckDB detects (, ; tab |). */
const FIELD_START = new Set([LF, CR, 0x2c, 0x3b, 0x09, 0x7c]);

/**
 * The line (1-based) of a quote that opens a field and is never closed, or null. Such a
 * quote makes the rest of the file one cell; a quote inside a field (`5" screen`) is not an
 * opening quote and is ignored.
 */
export function unclosedQuoteLine(bytes: Uint8Array): number | null {
  let line = 1;
  let openedOn = 0;
  let inQuotes = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === LF) line++;
    else if (b === QUOTE) {
      if (inQuotes) inQuotes = false;
      else if (i === 0 || FIELD_START.has(bytes[i - 1]!)) {
        inQuotes = true;
        openedOn = line;
      }
    }
  }
  return inQuotes ? openedOn : null;
}
