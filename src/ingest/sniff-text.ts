// Sniffs the head of a delimited text file: which separator, which columns (named as DuckDB
// will name them), a sample of rows, whether numbers use a decimal comma, and rows that will
// not load. Papaparse splits the text; the choice of separator is made here, so that a file
// whose header and rows disagree is refused with a reason rather than guessed at.
import Papa from 'papaparse';
import { scanRecords } from '../formats/csv-lines.ts';
import { DECIMAL_SAMPLE_ROWS, writesDecimalCommas } from '../formats/number-text.ts';
import { InputError, type Issue } from '../core/report.ts';

export type Delimiter = ',' | ';' | '\t' | '|';

export interface DelimitedHead {
  readonly delimiter: Delimiter;
  readonly columns: string[];
  readonly sample: Record<string, string | null>[];
  readonly decimalComma: boolean;
  /** Data rows: exact when the whole file was read, else extrapolated from the head's bytes per row. */
  readonly rowEstimate: number;
  /** Rows in the head whose field count differs from the header's (DuckDB will set them aside). */
  readonly issues: Issue[];
}

export interface DelimitedOptions {
  /** True when `text` is the whole file; else its last, possibly cut, line is ignored. */
  readonly complete: boolean;
  /** Size of the whole (decompressed) text in bytes, for the row estimate. */
  readonly totalBytes: number;
  readonly sampleRows: number;
  /** Separator to prefer on a tie (tab for .tsv). */
  readonly preferred?: Delimiter;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
const NAMES: Record<Delimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars ("|")' };
/** The same separators as codes the UI words ("load.separator.<code>"). */
const SEPARATOR_CODES: Record<Delimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' };
/** At most this many ragged rows are listed; the loader reports every one. */
const MAX_ISSUES = 20;

interface Split {
  readonly delimiter: Delimiter;
  readonly rows: string[][];
  readonly header: number;
  /** The most common field count of the data rows, and the share of data rows having the header's count. */
  readonly modal: number;
  readonly share: number;
}

/** Sniffs delimited text (BOM already removed); throws InputError when it cannot be read as a table. */
export function sniffDelimitedText(file: string, text: string, options: DelimitedOptions): DelimitedHead {
  if (text.trim() === '') throw new InputError({ file, reason: 'the file is empty', code: 'empty' });
  const body = options.complete ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  if (body === '') throw new InputError({ file, reason: 'the first part of the file holds no complete line; is it really a table?' });
  const order = options.preferred ? [options.preferred, ...DELIMITERS.filter((d) => d !== options.preferred)] : DELIMITERS;
  const split = chooseSplit(file, order.map((d) => splitBy(body, d)));
  const [header = [], ...data] = split.rows;
  if (data.length === 0) {
    const reason = options.complete ? 'the file has a header row but no data rows' : 'the first part of the file holds no complete data row; is it really a table?';
    throw new InputError({ file, reason, ...(options.complete ? { code: 'headerNoRows' as const } : {}) });
  }
  const columns = duckdbColumnNames(header);
  const sampled = data.slice(0, options.sampleRows);
  const sample = sampled.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] === undefined || row[i] === '' ? null : row[i]!])));
  const decimalComma = writesDecimalCommas(columns.map((c) => sample.slice(0, DECIMAL_SAMPLE_ROWS).map((r) => r[c] ?? null)));
  const bytes = new TextEncoder().encode(body);
  const headerBytes = body.indexOf('\n') + 1;
  const rowEstimate = options.complete ? data.length : Math.round(((options.totalBytes - headerBytes) * data.length) / Math.max(1, bytes.length - headerBytes));
  return { delimiter: split.delimiter, columns, sample, decimalComma, rowEstimate, issues: raggedRows(file, bytes, split) };
}

function splitBy(text: string, delimiter: Delimiter): Split {
  const rows = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
  const header = rows[0]?.length ?? 0;
  const counts = new Map<number, number>();
  for (const r of rows.slice(1)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  const modal = [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === header) - Number(a[0] === header) || b[0] - a[0])[0]?.[0] ?? header;
  const share = rows.length > 1 ? (counts.get(header) ?? 0) / (rows.length - 1) : 1;
  return { delimiter, rows, header, modal, share };
}

/** The separator giving header and rows the same field count; most columns on a tie, then the preferred order. */
function chooseSplit(file: string, splits: readonly Split[]): Split {
  const consistent = splits.filter((s) => s.header >= 2 && s.modal === s.header && s.share >= 0.5);
  if (consistent.length > 0) return [...consistent].sort((a, b) => b.share - a.share || b.header - a.header)[0]!;
  // One column whichever separator: a plain list (of district ids, say), which is a table too.
  if (splits.every((s) => s.header === 1 && s.modal === 1)) return splits[0]!;
  const byHeader = [...splits].sort((a, b) => b.header - a.header)[0]!;
  // Rows that agree among themselves (4 in 5 at least) under another separator.
  const byRows = splits.filter((s) => s !== byHeader && s.modal >= 2 && rowShare(s) >= 0.8).sort((a, b) => rowShare(b) - rowShare(a))[0];
  if (byHeader.header >= 2 && byRows) {
    const reason = `the header is separated by ${NAMES[byHeader.delimiter]} but the data rows by ${NAMES[byRows.delimiter]}; save the file with one separator throughout`;
    throw new InputError({ file, row: 1, reason, code: 'mixedSeparators', values: { header: SEPARATOR_CODES[byHeader.delimiter], rows: SEPARATOR_CODES[byRows.delimiter] } });
  }
  throw new InputError({
    file,
    code: 'noSeparator',
    reason: 'cannot tell how the columns are separated: no separator (comma, semicolon, tab or "|") gives the header and the data rows the same number of columns',
  });
}

/** Share of data rows having the most common field count. */
function rowShare(s: Split): number {
  const data = s.rows.slice(1);
  return data.length === 0 ? 0 : data.filter((r) => r.length === s.modal).length / data.length;
}

/** Header names as DuckDB's read_csv makes them: trimmed, "column<i>" when empty, "_1", "_2"… on repeats (ignoring case). */
export function duckdbColumnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const name = raw.trim() === '' ? `column${i}` : raw.trim();
    const key = name.toLowerCase();
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? name : `${name}_${count}`;
  });
}

function raggedRows(file: string, bytes: Uint8Array, split: Split): Issue[] {
  const lines: number[] = [];
  scanRecords(bytes, (line) => lines.push(line));
  const issues: Issue[] = [];
  split.rows.forEach((row, i) => {
    if (i === 0 || row.length === split.header || issues.length >= MAX_ISSUES) return;
    issues.push({ file, row: lines[i] ?? i + 1, reason: `this line has ${row.length} fields but the header has ${split.header}; it will be skipped`, code: 'fieldCount', values: { fields: row.length, header: split.header } });
  });
  return issues;
}
