// One job at a time on a database. A run is many statements (DROP TABLE, then CREATE it,
// then queries that join it), and the page has one DuckDB: when two jobs interleave, one's
// DROP lands between the other's DROP and CREATE ("Failed to create table 'districts'") or
// under its queries ("Table … does not exist"), as issue #16 found at start-up, where React's
// StrictMode starts the session twice. Every job that reads or writes tables takes a turn.
import type { Db } from './db.ts';

const last = new WeakMap<Db, Promise<unknown>>();

/** Runs `job` on `db` once every job given to `inTurn` on `db` before it has settled; resolves as `job` does. */
export function inTurn<T>(db: Db, job: () => Promise<T>): Promise<T> {
  const before = last.get(db) ?? Promise.resolve();
  const mine = before.then(job, job);
  last.set(db, mine.catch(() => undefined));
  return mine;
}
