// A population grid as a point layer with a value: AfriPop 2010 cells (real data, bundled
// for Nairobi) summed per county, checked against turf on the same cells.
import { booleanPointInPolygon } from '@turf/turf';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { inProcessCompute } from '../../src/compute/in-process.ts';
import { outputFiles } from '../../src/engine/outputs.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { runProject } from '../../src/engine/run-project.ts';
import { DATA } from '../helpers/paths.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

test('Nairobi AfriPop cells summed in Nairobi county equal the turf sum; points.<name>.sum in districts.csv', async () => {
  const project = {
    lastmile: 1 as const,
    title: 'population grid',
    districts: { file: 'ke_counties.geojson', id: 'geo_id', name: 'county_name' },
    points: [{ name: 'afripop', file: 'nairobi_afripop2010_1km.csv', lon: 'lon', lat: 'lat', value: 'pop2010' }],
  };
  const run = await runProject(db, project, diskFiles(path.join(DATA, 'kenya')), inProcessCompute);
  const counties = JSON.parse(readFileSync(path.join(DATA, 'kenya/ke_counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const nairobi = counties.features.find((f) => f.properties!.geo_id === 'KE-47')!;
  const cells = Papa.parse<{ lon: string; lat: string; pop2010: string }>(readFileSync(path.join(DATA, 'kenya/nairobi_afripop2010_1km.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const inside = cells.filter((c) => booleanPointInPolygon([Number(c.lon), Number(c.lat)], nairobi));
  const i = run.opened.districts.ids.indexOf('KE-47');
  const sum = run.columns.find((c) => c.name === 'points.afripop.sum')!;
  expect(run.columns.find((c) => c.name === 'points.afripop.count')!.values[i]).toBe(inside.length);
  expect(sum.values[i]).toBeCloseTo(inside.reduce((a, c) => a + Number(c.pop2010), 0), 6);
  expect(outputFiles(run)['districts.csv']!.split('\n')[0]).toBe('district_id,district_name,points.afripop.count,points.afripop.sum');
});
