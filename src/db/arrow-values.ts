// Converts duckdb-wasm's Arrow results into plain rows and columns. Integers arrive as
// bigint from DuckDB; SQL should cast aggregates, and this is the safety net that keeps a
// bigint from ever reaching the UI (or from silently losing precision).
import type { Table, Vector } from 'apache-arrow';
import { float64Values } from './arrow-doubles.ts';
import type { Columns, Row } from './db.ts';

type Plain = string | number | boolean | null;

/** A plain JS value for one Arrow cell; throws on an integer too large for a double. */
export function plainValue(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new Error(`integer ${v} is too large to represent exactly; cast it to DOUBLE in SQL`);
    return n;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** All rows of an Arrow table as plain objects. */
export function rowsOf(table: Table): Row[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => plainColumn(table.getChildAt(i), table.numRows));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r]!;
    rows[r] = row;
  }
  return rows;
}

/** A DOUBLE column of a query result by name; throws if the SQL did not produce one (a bug, not bad input). */
export function doubleColumn(columns: Columns, name: string): Float64Array {
  const column = columns[name];
  if (!(column instanceof Float64Array)) throw new Error(`expected a DOUBLE column "${name}"`);
  return column;
}

/** An Arrow table's columns; DOUBLE columns become Float64Array (nulls → NaN). */
export function columnsOf(table: Table): Columns {
  const out: Columns = {};
  table.schema.fields.forEach((field, i) => {
    const vector = table.getChildAt(i);
    out[field.name] = String(field.type) === 'Float64' ? float64Values(vector, table.numRows) : plainColumn(vector, table.numRows);
  });
  return out;
}

// Column by column, never cell by cell (issue #18): DuckDB sends a result as record batches
// of 2,048 rows, and `vector.get(r)` searches for the batch of every cell; iterating a vector
// walks batch after batch, and a DOUBLE column is copied chunk by chunk (arrow-doubles.ts).

/** Any column as plain JS values (see plainValue). */
function plainColumn(vector: Vector | null, n: number): Plain[] {
  const values: Plain[] = new Array(n).fill(null);
  if (!vector) return values;
  let r = 0;
  for (const v of vector as Iterable<unknown>) values[r++] = plainValue(v);
  return values;
}
