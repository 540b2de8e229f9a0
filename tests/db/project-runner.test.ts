// Issue #13, at the app's run lifecycle: edits run on the pool started for the first run
// (never a new one) and re-read no file they did not change; cancelling keeps the pool.
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
const reads: string[] = [];
const files: FileSource = {
  version: (p) => disk.version!(p),
  read: (p, signal) => {
    reads.push(path.basename(p));
    return disk.read(p, signal);
  },
};
let pools = 0;
let terminated = 0;
let db: Promise<Db> | undefined;
const runner = new ProjectRunner({
  db: () => (db ??= openNodeDb()),
  spawnPool: () => {
    pools++;
    return { ...inProcess(), terminate: () => terminated++ };
  },
});
const run = (project: Project) => runner.run({ project, files, projectFile: 'kenya.lastmile.json', onProgress: () => {} });

afterAll(async () => {
  runner.dispose();
  await (await db!).close();
});

describe('the run lifecycle keeps its pool and what it loaded (#13)', () => {
  test('edits start no new worker pool and re-read no file', async () => {
    await run(kenya);
    expect(pools).toBe(1);
    reads.length = 0;
    const weights = { ...kenya, composite: { ...kenya.composite!, pillars: kenya.composite!.pillars.map((p) => ({ ...p, weight: 1 })) } };
    await run(weights);
    await run({ ...weights, indicators: [...kenya.indicators!, { id: 'households', table: 'population', value: 'households' }] });
    expect(reads).toEqual([]);
    expect(pools).toBe(1);
  }, 120_000);

  test('a cancelled run rejects with AbortError, and the next run uses the same pool', async () => {
    const cancelled = run({ ...kenya, title: 'cancelled' });
    runner.cancel();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    const again = await run(kenya);
    expect(again.columns.length).toBeGreaterThan(0);
    expect(pools).toBe(1);
    expect(terminated).toBe(0);
  }, 120_000);
});
