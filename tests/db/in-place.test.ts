// Large files the planner added are read by DuckDB in place (as a Blob) rather than copied
// whole into JavaScript. In Node the Blob is handed to DuckDB through a stand-in that
// records the call, so the test fails if the engine takes the copying path instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { inProcessCompute } from '../../src/compute/in-process.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { IN_PLACE_BYTES } from '../../src/engine/open-project.ts';
import { runProject } from '../../src/engine/run-project.ts';
import { DATA, SHARED } from '../helpers/paths.ts';

let node: Db;
const inPlace: string[] = [];
beforeAll(async () => {
  node = await openNodeDb();
});
afterAll(() => node.close());

test('a 7 MB CSV goes to DuckDB as a Blob, with the same result as reading its bytes', async () => {
  // The shared pack's full list: the bundled copy is a 2 MB column subset, under the mark.
  const schools = readFileSync(path.join(SHARED, 'kenya/facilities/ke_schools_moe.csv'));
  expect(schools.length).toBeGreaterThan(IN_PLACE_BYTES);
  const db: Db = {
    ...node,
    async registerBlob(name, blob) {
      inPlace.push(name);
      await node.registerFile(name, new Uint8Array(await blob.arrayBuffer()));
    },
  };
  const disk = diskFiles(path.join(DATA, 'kenya'));
  const files = { ...disk, blob: async (p: string) => (p === 'ke_schools_moe.csv' ? new Blob([schools]) : undefined) };
  const project = {
    lastmile: 1 as const,
    title: 'in place',
    districts: { file: 'ke_counties.geojson', id: 'geo_id', name: 'county_name' },
    points: [{ name: 'schools', file: 'ke_schools_moe.csv', id: 'school_id', lon: 'lon', lat: 'lat' }],
  };
  const run = await runProject(db, project, files, inProcessCompute);
  expect(inPlace).toEqual(['schools.csv']);
  expect(run.report.files[1]).toMatchObject({ rows_read: 37_930, rows_rejected: 0 });
  expect(run.points[0]!.counts.reduce((a, b) => a + b, 0)).toBe(37_899);
});
