// The only place SQL text is assembled from names and values. Identifiers are always
// double-quoted; literal values are bound with `?` wherever DuckDB allows it, and the
// few places it does not (file names in table functions) go through `literal`.

/** A safely quoted SQL identifier (column or table name), whatever characters it holds. */
export function ident(name: string): string {
  if (name.length === 0) throw new Error('empty identifier');
  if (name.includes('\u0000')) throw new Error(`identifier contains a NUL character: ${JSON.stringify(name)}`);
  return '"' + name.replaceAll('"', '""') + '"';
}

/** A safely quoted SQL string literal, for the few places a value cannot be bound. */
export function literal(value: string): string {
  if (value.includes('\u0000')) throw new Error(`string contains a NUL character: ${JSON.stringify(value)}`);
  return "'" + value.replaceAll("'", "''") + "'";
}

/** A SQL fragment with its bound values, so builders can be composed. */
export interface Sql {
  readonly text: string;
  readonly params: readonly (string | number | boolean | null)[];
}

/** `WHERE a = ? AND b = ?` comparing each column as text, or an empty fragment. */
export function whereEquals(filters: Readonly<Record<string, string | number | boolean>>, alias?: string): Sql {
  const keys = Object.keys(filters);
  if (keys.length === 0) return { text: '', params: [] };
  const prefix = alias ? ident(alias) + '.' : '';
  const text = 'WHERE ' + keys.map((k) => `CAST(${prefix}${ident(k)} AS VARCHAR) = ?`).join(' AND ');
  return { text, params: keys.map((k) => String(filters[k])) };
}
