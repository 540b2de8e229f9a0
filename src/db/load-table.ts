// Loads delimited text files into DuckDB tables. Every column is kept as text
// (all_varchar): ids such as FIPS "01001" keep their leading zeros, and numbers are cast
// only where an indicator uses them, so nothing is lost or guessed at load time. Rows the
// CSV reader cannot use (too many or too few fields…) are set aside and reported with their
// line number, never silently dropped.
import type { Db } from './db.ts';
import { ident, literal } from './sql.ts';

/** A row the reader set aside: its line in the file (header = line 1), the column and why. */
export interface RowReject {
  readonly line: number;
  readonly column?: string;
  readonly reason: string;
}

export interface TableLoad {
  readonly table: string;
  readonly rows: number;
  readonly columns: readonly string[];
  /** Rows set aside by the reader (CSV only). */
  readonly rejects?: readonly RowReject[];
}

/** Reads CSV/TSV bytes (delimiter sniffed) into `table`, replacing any table of that name. */
export async function loadDelimitedTable(db: Db, table: string, virtualFile: string, bytes: Uint8Array): Promise<TableLoad> {
  const rejectsTable = `${table}__rejects`;
  const rejectsScan = `${table}__rejects_scan`;
  await db.registerFile(virtualFile, bytes);
  try {
    await db.exec(
      `CREATE OR REPLACE TABLE ${ident(table)} AS SELECT * FROM read_csv(${literal(virtualFile)}, header = true, all_varchar = true, auto_detect = true, ` +
        `ignore_errors = true, store_rejects = true, rejects_table = ${literal(rejectsTable)}, rejects_scan = ${literal(rejectsScan)})`,
    );
    const rejects = await db.query(
      `SELECT line::INTEGER AS line, column_name, error_type::VARCHAR AS type, error_message FROM ${ident(rejectsTable)} ORDER BY line, column_idx`,
    );
    const loaded = await describeTable(db, table);
    return { ...loaded, rejects: rejects.map(toReject) };
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${ident(rejectsTable)}; DROP TABLE IF EXISTS ${ident(rejectsScan)}`);
    await db.dropFile(virtualFile);
  }
}

function toReject(r: Record<string, unknown>): RowReject {
  const reason = `${String(r.type).toLowerCase()}: ${String(r.error_message)}`;
  return { line: Number(r.line), ...(typeof r.column_name === 'string' ? { column: r.column_name } : {}), reason };
}

/** Row count and column names of a table. */
export async function describeTable(db: Db, table: string): Promise<TableLoad> {
  const [count] = await db.query(`SELECT count(*)::INTEGER AS n FROM ${ident(table)}`);
  const cols = await db.query(
    'SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
    [table],
  );
  return { table, rows: Number(count?.n ?? 0), columns: cols.map((c) => String(c.column_name)) };
}
