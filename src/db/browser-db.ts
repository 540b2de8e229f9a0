// Db adapter for the browser: duckdb-wasm in its own web worker, with the wasm and worker
// files bundled and served by Vite from this origin (no CDN: the app works offline).
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { columnsOf, rowsOf } from './arrow-values.ts';
import { STARTUP_SQL, type Db, type SqlValue } from './db.ts';

let shared: Promise<Db> | undefined;

/** The page's one DuckDB, initialised once (every caller shares the same promise). */
export function browserDb(): Promise<Db> {
  shared ??= openBrowserDb();
  return shared;
}

async function openBrowserDb(): Promise<Db> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  await conn.query(STARTUP_SQL);

  const run = async (sql: string, params: readonly SqlValue[]) => {
    if (params.length === 0) return conn.query(sql);
    const stmt = await conn.prepare(sql);
    try {
      return await stmt.query(...params);
    } finally {
      await stmt.close();
    }
  };

  return {
    async query(sql, params = []) {
      return rowsOf(await run(sql, params));
    },
    async queryColumns(sql, params = []) {
      return columnsOf(await run(sql, params));
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async registerFile(name, bytes) {
      await db.registerFileBuffer(name, bytes);
    },
    async registerBlob(name, blob) {
      await db.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
    async insertArrowIpc(table, ipc) {
      await conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async close() {
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
