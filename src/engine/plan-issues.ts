// Issues found while building a plan's instance, at most a few per file and column so that a
// grid with thousands of empty cells says so in one screen, not thousands of lines.
import type { Issue } from '../core/report.ts';

/** Issues listed per file and column before the rest are summed up in one line. */
export const MAX_ISSUES_PER_COLUMN = 20;

/** Collects issues, capping each (file, column) at MAX_ISSUES_PER_COLUMN. */
export class IssueList {
  private readonly shown: Issue[] = [];
  private readonly counts = new Map<string, number>();

  add(file: string, row: number | undefined, column: string | undefined, reason: string): void {
    const key = `${file}\u0000${column ?? ''}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= MAX_ISSUES_PER_COLUMN) this.shown.push({ file, ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}), reason });
  }

  /** The issues in the order found, each capped group followed by "…and N more". */
  list(): Issue[] {
    const out = [...this.shown];
    for (const [key, count] of this.counts) {
      if (count <= MAX_ISSUES_PER_COLUMN) continue;
      const [file = '', column = ''] = key.split('\u0000');
      const more = count - MAX_ISSUES_PER_COLUMN;
      out.push({ file, ...(column ? { column } : {}), reason: `…and ${more} more row${more === 1 ? '' : 's'} like these`, code: 'moreRows', values: { count: more } });
    }
    return out;
  }
}
