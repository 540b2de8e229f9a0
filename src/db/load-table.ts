// Loads delimited text files into DuckDB tables. Every column is kept as text
// (all_varchar): ids such as FIPS "01001" keep their leading zeros, and numbers are cast
// only where an indicator uses them, so nothing is lost or guessed at load time.
import type { Db } from './db.ts';
import { ident, literal } from './sql.ts';

export interface TableLoad {
  readonly table: string;
  readonly rows: number;
  readonly columns: readonly string[];
}

/** Reads CSV/TSV bytes (delimiter sniffed) into `table`, replacing any table of that name. */
export async function loadDelimitedTable(db: Db, table: string, virtualFile: string, bytes: Uint8Array): Promise<TableLoad> {
  await db.registerFile(virtualFile, bytes);
  try {
    await db.exec(
      `CREATE OR REPLACE TABLE ${ident(table)} AS SELECT * FROM read_csv(${literal(virtualFile)}, header = true, all_varchar = true, auto_detect = true)`,
    );
  } finally {
    await db.dropFile(virtualFile);
  }
  return describeTable(db, table);
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
