// Issue #16: "Failed to create table 'districts'" flashed while the app started, and about
// one reload in ten of a 3,000-district project stopped on "Catalog Error: Table … does not
// exist". The cause: the page has one DuckDB, and two runners used it at once (React's
// StrictMode starts the session twice; a plan can read while the project re-runs), so one
// run's DROP TABLE landed between another's DROP and CREATE, or under its queries. Here two
// runners share one database, as two sessions of one page do, and start together.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ProjectRunner } from '../../src/app/project-runner.ts';
import { inProcess } from '../../src/compute/in-process.ts';
import type { Project } from '../../src/core/project/types.ts';
import type { Db } from '../../src/db/db.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import type { FileSource } from '../../src/engine/file-source.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { EXAMPLES } from '../helpers/paths.ts';

const kenya = Object.freeze(JSON.parse(readFileSync(path.join(EXAMPLES, 'kenya.lastmile.json'), 'utf8')) as Project);
const disk = diskFiles(EXAMPLES);
/** The project's files read once, so both runs take the same steps at the same pace. */
const bytes = new Map<string, Uint8Array>();
const files: FileSource = {
  async read(p) {
    if (!bytes.has(p)) bytes.set(p, await disk.read(p));
    return bytes.get(p)!;
  },
};

let db: Promise<Db> | undefined;
/** One database whose every call first lets the other runner take a step (as the browser's worker does). */
const shared = () => (db ??= openNodeDb().then(interleaving));

function interleaving(inner: Db): Db {
  const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    query: async (sql, params) => (await turn(), inner.query(sql, params)),
    queryColumns: async (sql, params) => (await turn(), inner.queryColumns(sql, params)),
    exec: async (sql) => (await turn(), inner.exec(sql)),
    registerFile: async (name, data) => (await turn(), inner.registerFile(name, data)),
    dropFile: async (name) => (await turn(), inner.dropFile(name)),
    insertArrowIpc: async (table, ipc) => (await turn(), inner.insertArrowIpc(table, ipc)),
    close: () => inner.close(),
  };
}
const runners = [0, 1].map(() => new ProjectRunner({ db: shared, spawnPool: () => ({ ...inProcess(), terminate: () => undefined }) }));

afterAll(async () => {
  for (const r of runners) r.dispose();
  await (await db!).close();
});

describe('two runners on one database (#16)', () => {
  test('runs started together both finish, with the same figures', async () => {
    const runs = await Promise.all(runners.map((r) => r.run({ project: kenya, files, projectFile: 'kenya.lastmile.json', onProgress: () => {} })));
    const [a, b] = runs.map((run) => run.columns.map((c) => [c.name, Array.from(c.values)]));
    expect(a!.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  }, 180_000);
});
