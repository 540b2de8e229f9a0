// "Large tables as Parquet" in a plan bundle (issue #20), without changing a single figure. A
// CSV/TSV above CONVERT_BYTES is read by the very loader a run uses (DuckDB's CSV reader, every
// column as text, src/db/load-file.ts) and the table it made is stored as Parquet with every
// column as UTF-8 text. Loading that Parquet gives back the same text in the same rows, so
// every cast, filter and sum downstream sees what it saw in the CSV.
//
// A file is kept as read whenever the loader did more than split text into cells: rows it set
// aside (their count is part of report.json), text re-encoded from another encoding, or decimal
// commas guessed from a ";"-separated file (the guess needs the header line, which a Parquet
// file does not have) — the manifest says which and why.
import { extensionOf } from '../formats/extension.ts';
import { textParquet, type TextColumn } from '../formats/text-parquet.ts';
import type { Db } from '../db/db.ts';
import { loadTableFile } from '../db/load-file.ts';
import { SOURCE_FILE_KEY, SOURCE_LINES_KEY } from '../db/load-parquet.ts';
import { linesTable } from '../db/load-table.ts';
import { ident } from '../db/sql.ts';

/** Size from which a delimited input is stored as Parquet: smaller files gain little. */
export const CONVERT_BYTES = 1_000_000;

/** How a converted input was made, as the manifest records it. */
export const CONVERSION = 'read by the Lastmile CSV loader (DuckDB read_csv, all columns as text); every column stored as UTF-8 text, null where the loader read an empty cell';

export type TableConversion =
  | { readonly converted: true; readonly parquet: Uint8Array; readonly rows: number; readonly columns: number }
  | { readonly converted: false; readonly reason: string };

/** Turns a bundle input into Parquet, or says why it stays as read. */
export type TableConverter = (fileName: string, bytes: Uint8Array, signal?: AbortSignal) => Promise<TableConversion>;

/** True for a file the bundle would convert: delimited text (not gzipped) of at least CONVERT_BYTES. */
export function convertible(fileName: string, bytes: number): boolean {
  const ext = extensionOf(fileName);
  return bytes >= CONVERT_BYTES && (ext === '.csv' || ext === '.tsv' || ext === '.txt');
}

let serial = 0;

/** A converter that reads each file with `db` (a scratch table, dropped after). */
export function parquetConverter(db: Db): TableConverter {
  return async (fileName, bytes, signal) => {
    const table = `bundle__convert_${++serial}`;
    try {
      // No decimal key: the loader guesses decimal commas exactly as a run without one would.
      const load = await loadTableFile(db, table, fileName, bytes, signal ? { signal } : {});
      if (load.rejects?.length) return { converted: false, reason: `the loader set aside ${load.rejects.length} row(s); kept as read so a re-run reports them the same way` };
      if (load.notes?.length) return { converted: false, reason: `read with assumptions (${load.notes.join('; ')}); kept as read so a re-run makes them again` };
      const data = await db.queryColumns(`SELECT * FROM ${ident(table)} ORDER BY rowid`);
      const columns: TextColumn[] = load.columns.map((name) => ({ name, values: Array.from(data[name] ?? [], (v) => (v === null ? null : String(v))) }));
      // The CSV's name and its rows' lines travel too, so every message names the same file and line.
      const lines = await db.query(`SELECT "row"::INTEGER AS "row", line::INTEGER AS line FROM ${ident(linesTable(table))} ORDER BY "row"`);
      const metadata = { [SOURCE_FILE_KEY]: fileName, [SOURCE_LINES_KEY]: JSON.stringify(lines.map((l) => [Number(l.row), Number(l.line)])) };
      return { converted: true, parquet: textParquet(columns, metadata), rows: load.rows, columns: columns.length };
    } finally {
      await db.exec(`DROP TABLE IF EXISTS ${ident(table)}; DROP TABLE IF EXISTS ${ident(linesTable(table))}`);
    }
  };
}
