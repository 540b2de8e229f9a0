// A Db that records every statement it is asked to run, for tests that count DuckDB calls
// (issue #18: each call is a round trip to the DuckDB worker in the browser). It counts what
// the browser bench counts: query, queryColumns and exec each cost one call; registering a
// file, inserting Arrow and closing are not queries.
import type { Db } from '../../src/db/db.ts';

/** `db` with a log of the SQL of each query, queryColumns and exec call, in order. */
export function countingDb(db: Db): Db & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    ...db,
    calls,
    query: (sql, params) => (calls.push(sql), db.query(sql, params)),
    queryColumns: (sql, params) => (calls.push(sql), db.queryColumns(sql, params)),
    exec: (sql) => (calls.push(sql), db.exec(sql)),
  };
}
