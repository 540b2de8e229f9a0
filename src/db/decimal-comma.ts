// Numbers written with a decimal comma ("12,5") are rewritten with a point once loaded, when
// the project says `"decimal": ","`, so that the engine's TRY_CAST(… AS DOUBLE) reads them.
// Only a whole value that is such a number changes: "Murang'a, Kenya" or "1,2,3" stay as
// they are. Thousands separators ("1.234,5") are not read: such values stay text.
import { DECIMAL_COMMA_PATTERN, DECIMAL_SAMPLE_ROWS, writesDecimalCommas } from '../formats/number-text.ts';
import type { Db } from './db.ts';
import { ident, type Sql } from './sql.ts';

/** The UPDATE rewriting decimal commas in `columns` (text columns of `table`); the pattern is bound. */
export function decimalCommaSql(table: string, columns: readonly string[]): Sql {
  const sets = columns.map((c) => `${ident(c)} = CASE WHEN regexp_full_match(${ident(c)}, ?) THEN replace(${ident(c)}, ',', '.') ELSE ${ident(c)} END`);
  return { text: `UPDATE ${ident(table)} SET ${sets.join(', ')}`, params: columns.map(() => DECIMAL_COMMA_PATTERN) };
}

/** The note for a file read with decimal commas because it writes them and the project has no `decimal` key. */
export const DECIMAL_COMMA_NOTE = 'numbers such as "12,5" read with a decimal comma, as this ";"-separated file writes them (the project has no "decimal" key; "decimal": "." would keep them as text)';

/**
 * Whether a loaded table's first rows write decimal commas (the app's rule,
 * src/formats/number-text.ts), for a `;`-separated file only (`firstLine` is its header): in a
 * `,`-separated file "378,422" is a count written with a thousands separator, and reading it
 * as 378.422 without asking would be a silent wrong figure — the app's dialog asks instead.
 */
export async function tableWritesDecimalCommas(db: Db, table: string, firstLine: string): Promise<boolean> {
  if (count(firstLine, ';') <= count(firstLine, ',')) return false;
  const columns = await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = ? AND data_type = 'VARCHAR' ORDER BY ordinal_position", [table]);
  if (columns.length === 0) return false;
  const names = columns.map((c) => String(c.column_name));
  const rows = await db.query(`SELECT ${names.map((c, i) => `${ident(c)} AS c${i}`).join(', ')} FROM ${ident(table)} ORDER BY rowid LIMIT ${DECIMAL_SAMPLE_ROWS}`);
  return writesDecimalCommas(names.map((_, i) => rows.map((r) => (r[`c${i}`] === null || r[`c${i}`] === '' ? null : String(r[`c${i}`])))));
}

/** Rewrites "12,5" as "12.5" (and "-3,25" as "-3.25") in every text column of `table`. */
export async function convertDecimalCommas(db: Db, table: string): Promise<void> {
  const columns = await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = ? AND data_type = 'VARCHAR' ORDER BY ordinal_position", [table]);
  if (columns.length === 0) return;
  const sql = decimalCommaSql(table, columns.map((c) => String(c.column_name)));
  await db.query(sql.text, sql.params);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
