// Load reports: what a planner is told after every file is read. Errors in input data are
// values, not exceptions (STYLE.md §9): each names the file, the row and the column.
import type { BoundaryCode, LoadCode } from './load-codes.ts';

/** One problem found in an input file. `row` is the line (CSV) or feature (GeoJSON) number, 1-based, as a spreadsheet or editor shows it. */
export interface Issue {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly reason: string;
  /** What the reason says, for the UI to word in the viewer's language (catalogue key from issueKey in load-codes.ts); absent where only the English reason exists. */
  readonly code?: IssueCode;
  /** The figures and names the reason quotes, by the name the catalogue interpolates; numbers unformatted. */
  readonly values?: IssueValues;
}

/** Every code a check line may carry; each has an English key "check.<code>" worded as its reason (tests/unit/state/check-text.test.ts). */
export const CHECK_CODES = [
  'notNumber',
  'notNumberComma',
  'negative',
  'partExceedsWhole',
  'duplicateValueLine',
  'duplicateValueRow',
  'moreRows',
  'missingCode',
  'missingCodes',
  'filterNone',
  'filterFew',
  'noDistrictId',
  'duplicateDistrictId',
  'noGeometry',
  'notPolygon',
  'fieldCount',
  'ringOpen',
  'ringNotPositions',
  'ringTooFew',
  'readUtf16Bom',
  'readUtf16NoBom',
  'readWindows1252',
  'decimalComma',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];
/** Any code an issue may carry: a data check, a load error or rejected row, a boundary line. */
export type IssueCode = CheckCode | LoadCode | BoundaryCode;

/** A note on how a file was read (an encoding, decimal commas), with its code and values when it has them (as Issue). */
export interface ReadNote {
  readonly reason: string;
  readonly code?: CheckCode;
  readonly values?: IssueValues;
}

/** Values of a coded issue: data as written (a cell, an id) or a number the UI formats. */
export type IssueValues = Readonly<Record<string, string | number>>;

export interface LoadReport {
  readonly file: string;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly Issue[];
  /** How the file was read where Lastmile had to assume something (an encoding, a decimal mark). */
  readonly notes?: readonly string[];
  /** The same notes with their codes, for the UI to word (ReadNote). */
  readonly codedNotes?: readonly ReadNote[];
}

/** Thrown when a file cannot be used at all; carries the issue so callers can show it. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly issue: Issue) {
    super(describeIssue(issue));
  }
}

/** One line a planner can read: `file, row 12, column "lat": reason`. */
export function describeIssue(issue: Issue): string {
  const where = [issue.file];
  if (issue.row !== undefined) where.push(`row ${issue.row}`);
  if (issue.column !== undefined) where.push(`column ${JSON.stringify(issue.column)}`);
  return `${where.join(', ')}: ${issue.reason}`;
}

/** Longest text of an unexpected error shown to a planner, in characters. */
const UNEXPECTED_LENGTH = 200;
/** DuckDB's error classes ("Binder Error: …") and Node's system errors ("ENOENT: …"): text for us, not for a planner. */
const RAW = /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)* Error: |E[A-Z]{2,}: |Error: E[A-Z]{2,})/;

/**
 * What a planner is told about any error: an input problem as it is (it names file, row and
 * column), and so any message of ours; but DuckDB's or Node's own text — which may hold
 * internal SQL, a stack or kilobytes of reader settings — is cut to its first line, without
 * SQL, and marked unexpected.
 */
export function userMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (e instanceof InputError || (e instanceof Error && e.name === 'InputError')) return text;
  const first = (text.split('\n')[0] ?? '').trim();
  if (!RAW.test(first) && !text.includes('\n') && text.length <= UNEXPECTED_LENGTH) return text;
  const cut = first.length > UNEXPECTED_LENGTH ? `${first.slice(0, UNEXPECTED_LENGTH)}…` : first;
  return `unexpected error: ${cut || (e instanceof Error ? e.name : 'unknown')}`;
}
