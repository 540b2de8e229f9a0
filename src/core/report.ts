// Load reports: what a planner is told after every file is read. Errors in input data are
// values, not exceptions (STYLE.md §9): each names the file, the row and the column.

/** One problem found in an input file. `row` is the line (CSV) or feature (GeoJSON) number, 1-based, as a spreadsheet or editor shows it. */
export interface Issue {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly reason: string;
}

export interface LoadReport {
  readonly file: string;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly Issue[];
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
