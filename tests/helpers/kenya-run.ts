// The Kenya example run in Node with small-number protection switched on (min_people 100,000:
// a few small counties' rates by sex are withheld), for the export tests.
import type { Project } from '../../src/core/project/types.ts';
import { inProcessCompute } from '../../src/compute/in-process.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { runProject, type ProjectRun } from '../../src/engine/run-project.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES } from './paths.ts';

export const KENYA = JSON.parse(readFileSync(path.join(EXAMPLES, 'kenya.lastmile.json'), 'utf8')) as Project;

/** Kenya with suppression.min_people = `minPeople`, run in a fresh Node DuckDB. */
export async function kenyaRun(minPeople = 150_000): Promise<ProjectRun> {
  const db = await openNodeDb();
  try {
    return await runProject(db, { ...KENYA, suppression: { min_people: minPeople } }, diskFiles(EXAMPLES), inProcessCompute, { projectFile: 'kenya.lastmile.json' });
  } finally {
    await db.close();
  }
}
