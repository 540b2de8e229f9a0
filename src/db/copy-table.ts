// A second layer over a file already loaded (e.g. fixed and mobile tiles from one Ookla
// file) is copied inside DuckDB instead of being read and decoded again.
import type { Db } from './db.ts';
import { describeTable, linesTable, type TableLoad } from './load-table.ts';
import { ident } from './sql.ts';

/** Copies `from` (and its line numbers, if any) to `to`, replacing `to`; rows keep their order. */
export async function copyTable(db: Db, from: TableLoad, to: string): Promise<TableLoad> {
  const copyLines = `CREATE OR REPLACE TABLE ${ident(linesTable(to))} AS SELECT * FROM ${ident(linesTable(from.table))}`;
  const dropLines = `DROP TABLE IF EXISTS ${ident(linesTable(to))}`;
  // When the load said whether it kept lines, the copy follows in the same round trip.
  const lines = from.lines === undefined ? '' : `; ${from.lines ? copyLines : dropLines}`;
  await db.exec(`CREATE OR REPLACE TABLE ${ident(to)} AS SELECT * FROM ${ident(from.table)} ORDER BY rowid${lines}`);
  if (from.lines === undefined) {
    const kept = await db.query('SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = ?', [linesTable(from.table)]);
    await db.exec(Number(kept[0]?.n) > 0 ? copyLines : dropLines);
  }
  return {
    ...(await describeTable(db, to)),
    ...(from.rejects ? { rejects: from.rejects } : {}),
    ...(from.notes ? { notes: from.notes } : {}),
    ...(from.codedNotes ? { codedNotes: from.codedNotes } : {}),
    ...(from.source ? { source: from.source } : {}),
    ...(from.lines !== undefined ? { lines: from.lines } : {}),
  };
}
