// Db adapter for Node (tests, the `lastmile` CLI, benchmarks): duckdb-wasm's blocking
// build, i.e. the same engine and SQL dialect the browser runs, in-process.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Blocking from '@duckdb/duckdb-wasm/blocking';
import { columnsOf, rowsOf } from './arrow-values.ts';
import { STARTUP_SQL, type Db, type SqlValue } from './db.ts';

const require = createRequire(import.meta.url);

/** Opens an in-memory DuckDB in this Node process. */
export async function openNodeDb(): Promise<Db> {
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof Blocking;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conn = db.connect();
  conn.query(STARTUP_SQL);

  const run = (sql: string, params: readonly SqlValue[]) => {
    if (params.length === 0) return conn.query(sql);
    const stmt = conn.prepare(sql);
    try {
      return stmt.query(...params);
    } finally {
      stmt.close();
    }
  };

  return {
    async query(sql, params = []) {
      return rowsOf(run(sql, params));
    },
    async queryColumns(sql, params = []) {
      return columnsOf(run(sql, params));
    },
    async exec(sql) {
      conn.query(sql);
    },
    async registerFile(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async insertArrowIpc(table, ipc) {
      conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async close() {
      conn.close();
      db.reset();
    },
  };
}
