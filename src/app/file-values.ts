// The add-data dialog's filter values, from the whole file, not its first rows: a category
// that first appears after row 10,000 must be offered too (issue #18). The file is read once,
// when the planner first picks a filter column, into a scratch table by the very loader the
// project will use — so a value offered is a value the filter matches, compared as text as
// `where` is — in DuckDB's worker, off the page's thread; the table is dropped when the dialog
// closes.
import type { Db } from '../db/db.ts';
import { inTurn } from '../db/db-turns.ts';
import { loadTableBlob } from '../db/load-file.ts';
import { linesTable } from '../db/load-table.ts';
import { ident } from '../db/sql.ts';
import { readColumnValues, type ColumnValues } from '../engine/map-layers.ts';
import type { FileCandidate } from '../state/file-candidate.ts';

/** Not a layer name (those start with a letter), so it can never replace a project's table. */
const SCRATCH = '_add_data_values';

/** Whole-file values of one dropped file's columns, read once. */
export class FileValues {
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly db: () => Promise<Db>,
    private readonly file: Blob,
    private readonly candidate: Pick<FileCandidate, 'file' | 'kind' | 'decimalComma'>,
  ) {}

  /** Whether the file is a table DuckDB reads (boundary files keep their sampled values). */
  get available(): boolean {
    return this.candidate.kind === 'delimited' || this.candidate.kind === 'parquet';
  }

  /** `column`'s values over the whole file, most frequent first (at most 1,000), and how many distinct ones it has. */
  async of(column: string): Promise<ColumnValues> {
    const db = await this.db();
    this.loaded ??= inTurn(db, async () => {
      await loadTableBlob(db, SCRATCH, this.candidate.file, this.file, { decimal: this.candidate.decimalComma ? ',' : '.' });
    });
    // A failed read is retried on the next pick, not remembered.
    await this.loaded.catch((e: unknown) => {
      this.loaded = null;
      throw e;
    });
    return inTurn(db, () => readColumnValues(db, { name: SCRATCH }, column));
  }

  /** Drops the scratch table and its line numbers (the dialog closed). */
  async dispose(): Promise<void> {
    if (!this.loaded) return;
    const db = await this.db();
    await inTurn(db, () => db.exec(`DROP TABLE IF EXISTS ${ident(SCRATCH)}; DROP TABLE IF EXISTS ${ident(linesTable(SCRATCH))}`)).catch(() => undefined);
  }
}
