// A second layer over a file already loaded (e.g. fixed and mobile tiles from one Ookla
// file) is copied inside DuckDB instead of being read and decoded again.
import type { Db } from './db.ts';
import { describeTable, linesTable, type TableLoad } from './load-table.ts';
import { ident } from './sql.ts';

/** Copies `from` (and its line numbers, if any) to `to`, replacing `to`; rows keep their order. */
export async function copyTable(db: Db, from: TableLoad, to: string): Promise<TableLoad> {
  await db.exec(`CREATE OR REPLACE TABLE ${ident(to)} AS SELECT * FROM ${ident(from.table)} ORDER BY rowid`);
  const lines = await db.query('SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = ?', [linesTable(from.table)]);
  if (Number(lines[0]?.n) > 0) await db.exec(`CREATE OR REPLACE TABLE ${ident(linesTable(to))} AS SELECT * FROM ${ident(linesTable(from.table))}`);
  else await db.exec(`DROP TABLE IF EXISTS ${ident(linesTable(to))}`);
  return { ...(await describeTable(db, to)), ...(from.rejects ? { rejects: from.rejects } : {}), ...(from.notes ? { notes: from.notes } : {}), ...(from.codedNotes ? { codedNotes: from.codedNotes } : {}), ...(from.source ? { source: from.source } : {}) };
}
