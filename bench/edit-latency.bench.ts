// Edit latency (#13): how long a planner waits for new figures after an edit, on the Kenya
// project and on a seeded 3,000-district grid. "before" is what every edit cost until now
// (the whole project run again: every file read, every layer located, the index rebuilt);
// "after" runs the edit through the load cache, so only what the edit changed is redone.
// Both in this thread (in-process compute) on DuckDB-WASM's Node build; the app also used
// to start a new worker pool per edit, which this does not count. Run: npm run bench -- edit
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inProcess } from '../src/compute/in-process.ts';
import type { PointLayer, Project } from '../src/core/project/types.ts';
import { formatProjectErrors, validateProject } from '../src/core/project/validate.ts';
import { openNodeDb } from '../src/db/node-db.ts';
import type { FileSource } from '../src/engine/file-source.ts';
import { LoadCache } from '../src/engine/load-cache.ts';
import { diskFiles } from '../src/engine/node-files.ts';
import { runProject } from '../src/engine/run-project.ts';
import { writeGridProject } from './grid-project.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPEATS = 5;

interface Edit {
  readonly name: string;
  readonly apply: (p: Project) => Project;
  /** A layer the edit adds, forgotten before each repeat so that each pays for its first load. */
  readonly adds?: string;
}

function edits(table: string, where: Record<string, string>, added: PointLayer, indicator: Project['indicators']): Edit[] {
  return [
    {
      name: 'change a composite weight',
      apply: (p) => ({ ...p, composite: { ...p.composite!, pillars: p.composite!.pillars.map((x, i) => (i === 0 ? { ...x, weight: (x.weight ?? 1) + 1 } : x)) } }),
    },
    { name: 'add an indicator', apply: (p) => ({ ...p, indicators: [...(p.indicators ?? []), ...(indicator ?? [])] }) },
    { name: 'change a where filter', apply: (p) => ({ ...p, tables: p.tables!.map((t) => (t.name === table ? { ...t, where } : t)) }) },
    { name: 'add a point layer', apply: (p) => ({ ...p, points: [...(p.points ?? []), added] }), adds: added.name },
  ];
}

function checked(json: unknown, file: string): Project {
  const result = validateProject(json, file);
  if (!result.ok) throw new Error(formatProjectErrors(result.errors));
  return result.project;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function bench(label: string, project: Project, files: FileSource, list: readonly Edit[]): Promise<void> {
  const db = await openNodeDb();
  const compute = inProcess();
  const cache = new LoadCache();
  let t = performance.now();
  await runProject(db, project, files, compute, { cache });
  console.log(`${label}: first load ${(performance.now() - t).toFixed(0)} ms`);
  console.log('  edit                         before (ms)   after (ms)');
  for (const edit of list) {
    const edited = edit.apply(project);
    const before: number[] = [];
    const after: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      t = performance.now();
      await runProject(db, edited, files, compute, { cache: new LoadCache() });
      before.push(performance.now() - t);
      // The fresh run replaced the tables with the same content, so the cache still holds.
      if (edit.adds) forget(cache, edit.adds);
      t = performance.now();
      await runProject(db, edited, files, compute, { cache });
      after.push(performance.now() - t);
      await runProject(db, project, files, compute, { cache });
    }
    console.log(`  ${edit.name.padEnd(28)} ${median(before).toFixed(0).padStart(11)} ${median(after).toFixed(0).padStart(12)}`);
  }
  await db.close();
}

/** Drops what the cache holds for one layer, as if it had never been added. */
function forget(cache: LoadCache, name: string): void {
  cache.tables.delete(name);
  cache.points.delete(name);
  cache.checks.delete(name);
}

const examples = path.join(here, '..', 'examples');
const kenya = checked(JSON.parse(readFileSync(path.join(examples, 'kenya.lastmile.json'), 'utf8')), 'kenya.lastmile.json');
await bench(
  'Kenya (47 counties)',
  kenya,
  diskFiles(examples),
  edits('assets', { admin_level: 'national' }, { name: 'people', file: '../data/kenya/nairobi_afripop2010_1km.csv', lon: 'lon', lat: 'lat', value: 'pop2010' }, [
    { id: 'households', table: 'population', value: 'households' },
  ]),
);

const gridFile = writeGridProject(path.join(here, 'out', 'grid-3000'));
const grid = checked(JSON.parse(readFileSync(gridFile, 'utf8')), 'grid.lastmile.json');
await bench(
  'Grid (3,000 districts, 100,000 schools)',
  grid,
  diskFiles(path.dirname(gridFile)),
  edits('census', { year: '2019' }, { name: 'clinics', file: 'clinics.csv', lon: 'lon', lat: 'lat' }, [{ id: 'hh_internet_again', table: 'census', value: 'hh_pct_internet' }]),
);
