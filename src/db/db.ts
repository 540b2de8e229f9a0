// The one interface through which Lastmile talks to DuckDB. The browser (duckdb-wasm in
// its own worker) and Node (duckdb-wasm's blocking build, for tests and the CLI) each
// provide an adapter, so the engine runs the very same SQL in both.

/** A value that may be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null;

/** A result row with plain JS values (integers arrive as number, never bigint). */
export type Row = Record<string, string | number | boolean | null>;

/** A result as columns: DOUBLE columns as Float64Array, others as arrays of plain values. */
export type Columns = Record<string, Float64Array | (string | number | boolean | null)[]>;

export interface Db {
  /** Runs one statement with values bound to its `?` placeholders and returns its rows. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs one statement and returns its result column by column. */
  queryColumns(sql: string, params?: readonly SqlValue[]): Promise<Columns>;
  /** Runs statements that return nothing (DDL); no parameters. */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by DuckDB under a virtual file name (for read_csv). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Makes a Blob (a File the planner chose) readable by DuckDB under a virtual file name,
   * read in slices as DuckDB needs them rather than copied whole. Browser only.
   */
  registerBlob?(name: string, blob: Blob): Promise<void>;
  /** Forgets a virtual file registered earlier. */
  dropFile(name: string): Promise<void>;
  /** Creates (or replaces) a table from Arrow IPC stream bytes. */
  insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
  /** Releases the connection and the database. */
  close(): Promise<void>;
}

/**
 * Settings every adapter runs first. duckdb-wasm would otherwise try to download an
 * extension (parquet, json, spatial) on first use and, offline, hang silently.
 */
export const STARTUP_SQL = 'SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;';
