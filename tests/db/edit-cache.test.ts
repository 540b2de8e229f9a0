// Issue #13: an edit re-reads only the files it changed and never rebuilds the district
// index. The bundled Kenya project is run once through a cache; each edit then runs through
// the same cache, and its figures must equal those of a fresh run of the edited project.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Compute } from '../../src/compute/compute.ts';
import { inProcess } from '../../src/compute/in-process.ts';
import type { Project } from '../../src/core/project/types.ts';
import type { Db } from '../../src/db/db.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import type { FileSource } from '../../src/engine/file-source.ts';
import { layerColumns } from '../../src/engine/layer-columns.ts';
import { LoadCache } from '../../src/engine/load-cache.ts';
import { loadProject } from '../../src/engine/load-project.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { districtsCsv, inequalityCsv } from '../../src/engine/outputs.ts';
import { runProject, type ProjectRun } from '../../src/engine/run-project.ts';
import { EXAMPLES } from '../helpers/paths.ts';

const kenya = Object.freeze(JSON.parse(readFileSync(path.join(EXAMPLES, 'kenya.lastmile.json'), 'utf8')) as Project);

/** Disk files next to the examples, counting every read of bytes (read or blob) per path. */
function countingFiles(versions: Map<string, string> = new Map()): FileSource & { reads: string[] } {
  const disk = diskFiles(EXAMPLES);
  const reads: string[] = [];
  return {
    reads,
    async version(p) {
      const v = await disk.version!(p);
      return v && `${v}:${versions.get(p) ?? ''}`;
    },
    async read(p, signal) {
      reads.push(path.basename(p));
      return disk.read(p, signal);
    },
    async blob(p) {
      reads.push(path.basename(p));
      return undefined;
    },
  };
}

/** An in-process transport counting calls per method. */
function countingCompute(): Compute & { calls: Map<string, number> } {
  const inner = inProcess();
  const calls = new Map<string, number>();
  return {
    calls,
    call(method, args, options) {
      calls.set(method, (calls.get(method) ?? 0) + 1);
      return inner.call(method, args, options);
    },
  };
}

let db: Db;
let fresh: Db;
const cache = new LoadCache();
const versions = new Map<string, string>();
const files = countingFiles(versions);
const compute = countingCompute();

/** Runs `project` through the shared cache, returning the run and the files it read (or asked for as a Blob). */
async function edit(project: Project): Promise<{ run: ProjectRun; read: string[] }> {
  files.reads.length = 0;
  const run = await runProject(db, project, files, compute, { cache });
  return { run, read: [...new Set(files.reads)].sort() };
}

/** The same figures a run from nothing gives (its own database, cache and transport). */
async function expectSameAsFresh(run: ProjectRun, project: Project): Promise<void> {
  const full = await runProject(fresh, project, diskFiles(EXAMPLES), inProcess());
  expect(districtsCsv(run)).toBe(districtsCsv(full));
  expect(inequalityCsv(run)).toBe(inequalityCsv(full));
  expect(run.report).toEqual(full.report);
}

beforeAll(async () => {
  db = await openNodeDb();
  fresh = await openNodeDb();
  const first = await edit(kenya);
  expect(first.read).toEqual(['ke_counties.geojson', 'ke_health_facilities_kmhfl.csv', 'ke_household_assets.csv', 'ke_ict_by_sex.csv', 'ke_population_households.csv', 'ke_schools_moe.csv']);
  expect(compute.calls.get('buildDistrictIndex')).toBe(1);
}, 120_000);
afterAll(async () => {
  await db.close();
  await fresh.close();
});

describe('an edit re-reads only the files it changed (#13)', () => {
  test('changing a composite weight reads no file and locates nothing', async () => {
    const pillars = kenya.composite!.pillars.map((p, i) => (i === 0 ? { ...p, weight: 5 } : p));
    const project = { ...kenya, composite: { ...kenya.composite!, pillars } };
    const before = compute.calls.get('locateInDistricts');
    const { run, read } = await edit(project);
    expect(read).toEqual([]);
    expect(compute.calls.get('locateInDistricts')).toBe(before);
    await expectSameAsFresh(run, project);
  });

  test('adding an indicator reads no file', async () => {
    const project = { ...kenya, indicators: [...kenya.indicators!, { id: 'households', table: 'population', value: 'households' }] };
    const { run, read } = await edit(project);
    expect(read).toEqual([]);
    expect(run.columns.some((c) => c.name === 'households')).toBe(true);
    await expectSameAsFresh(run, project);
  });

  test('changing a table\'s where filter reads no file', async () => {
    const tables = kenya.tables!.map((t) => (t.name === 'assets' ? { ...t, where: { admin_level: 'national' } } : t));
    const project = { ...kenya, tables };
    const { run, read } = await edit(project);
    expect(read).toEqual([]);
    await expectSameAsFresh(run, project);
  });

  test('adding a point layer reads that file alone, on the index already built', async () => {
    const project = { ...kenya, points: [...kenya.points!, { name: 'schools_again', file: '../data/kenya/ke_schools_moe.csv', lon: 'lon', lat: 'lat' }] };
    const { run, read } = await edit(project);
    // Layers over the same file share one read: the new layer is a copy inside DuckDB.
    expect(read).toEqual([]);
    expect(run.points.at(-1)!.counts).toEqual(run.points[0]!.counts);
    const grid = await edit({ ...kenya, points: [...kenya.points!, { name: 'people', file: '../data/kenya/nairobi_afripop2010_1km.csv', lon: 'lon', lat: 'lat', value: 'pop2010' }] });
    expect(grid.read).toEqual(['nairobi_afripop2010_1km.csv']);
    expect(compute.calls.get('buildDistrictIndex')).toBe(1);
  });

  test('removing a point layer and undoing it reads nothing', async () => {
    const removed = await edit({ ...kenya, points: kenya.points!.filter((p) => p.name !== 'health') });
    expect(removed.read).toEqual([]);
    const restored = await edit(kenya);
    expect(restored.read).toEqual([]);
    await expectSameAsFresh(restored.run, kenya);
  });

  test('a file whose content changed is read again, and only it', async () => {
    versions.set('../data/kenya/ke_household_assets.csv', 'edited');
    const { read } = await edit(kenya);
    expect(read).toEqual(['ke_household_assets.csv']);
    expect(compute.calls.get('buildDistrictIndex')).toBe(1);
  });

  test('the district index is given again, not rebuilt, to a new transport', async () => {
    const other = countingCompute();
    files.reads.length = 0;
    const project = { ...kenya, points: [...kenya.points!, { name: 'health_again', file: '../data/kenya/ke_health_facilities_kmhfl.csv', lon: 'lon', lat: 'lat' }] };
    const run = await runProject(db, project, files, other, { cache });
    expect(files.reads).toEqual([]);
    expect(run.points.at(-1)!.counts).toEqual(run.points[1]!.counts);
    expect(other.calls.get('buildDistrictIndex')).toBeUndefined();
    expect(other.calls.get('keepDistricts')).toBe(1);
  });
});

describe('what the load step offers later steps (siting)', () => {
  test('located points and a layer\'s columns line up row for row, with its where applied, without reading again', async () => {
    const project = { ...kenya, points: kenya.points!.map((p) => (p.name === 'health' ? { ...p, where: { keph_level: 'Level 2' } } : p)) };
    files.reads.length = 0;
    const loaded = await loadProject(db, project, files, compute, { cache });
    expect(files.reads).toEqual([]);
    const health = loaded.points.find((p) => p.name === 'health')!;
    const cols = await layerColumns(db, project, 'health', ['lon', 'lat'], ['facility_id', 'keph_level']);
    expect(cols.numeric.get('lon')).toEqual(health.lons);
    expect(cols.numeric.get('lat')).toEqual(health.lats);
    expect(new Set(cols.text.get('keph_level'))).toEqual(new Set(['Level 2']));
    expect(cols.text.get('facility_id')).toHaveLength(health.rows);
    expect(health.district).toBeInstanceOf(Int32Array);
    expect(health.district).toHaveLength(health.rows);
    await expect(layerColumns(db, project, 'clinics', ['lon'])).rejects.toThrow('no layer named "clinics"');
  });
});
