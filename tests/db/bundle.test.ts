// Plan bundles (issue #20): `lastmile bundle` packs a project, its data and its outputs with a
// SHA-256 manifest (large CSVs as Parquet of the loader's own text); `lastmile run` and
// `lastmile plan` given the .zip reproduce districts.csv, inequality.csv and the plan files
// byte for byte, messages naming the CSV's lines included; a bundle that was changed, or that reaches
// outside itself, is refused with a message naming what is wrong.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

const work = mkdtempSync(path.join(tmpdir(), 'lastmile-bundle-'));
const read = (file: string) => readFileSync(file, 'utf8');
const withoutSeconds = (json: string) => json.replace(/"seconds": [^,\n]+/, '"seconds": 0');

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const o = sink();
  const e = sink();
  // The examples read ../data: a project file needs --root (a bundle ignores it: it reads only itself).
  const status = await main([...args, '--root', ROOT, '--quiet'], o, e);
  return { status, out: o.text(), err: e.text() };
}

describe('a Kenya bundle', () => {
  const zip = path.join(work, 'kenya.lastmile.zip');
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    expect((await cli('bundle', path.join(EXAMPLES, 'kenya.lastmile.json'), '--out', zip)).status).toBe(0);
    entries = unzipSync(readFileSync(zip));
  }, 120_000);

  test('holds the project with paths inside it, every data file, the outputs and a manifest', () => {
    const project = JSON.parse(strFromU8(entries['project.lastmile.json']!)) as { districts: { file: string }; tables: { file: string }[]; sources: { file: string }[] };
    expect(project.districts.file).toBe('inputs/ke_counties.geojson');
    expect(project.tables.map((t) => t.file).every((f) => f.startsWith('inputs/') && entries[f])).toBe(true);
    expect(project.sources.map((s) => s.file)).toContain('inputs/ke_ict_by_sex.csv');
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json', 'outputs/districts.csv', 'outputs/inequality.csv', 'outputs/report.json']));
  });

  test('the manifest lists every other entry with its size and SHA-256 (checked with node:crypto)', () => {
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { files: { path: string; bytes: number; sha256: string }[]; sources: string[] };
    expect(manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(entries).filter((p) => p !== 'manifest.json').sort());
    for (const f of manifest.files) {
      expect(f.bytes).toBe(entries[f.path]!.length);
      expect(f.sha256).toBe(createHash('sha256').update(entries[f.path]!).digest('hex'));
    }
    expect(manifest.sources[1]).toContain('licence: figures © KNBS; rKenyaCensus MIT');
  });

  test('`lastmile run` on the .zip writes the same districts.csv and inequality.csv as on the project, and as the bundle holds', async () => {
    const fromZip = path.join(work, 'run-zip');
    const fromProject = path.join(work, 'run-project');
    expect((await cli('run', zip, '--out', fromZip)).status).toBe(0);
    expect((await cli('run', path.join(EXAMPLES, 'kenya.lastmile.json'), '--out', fromProject)).status).toBe(0);
    for (const file of ['districts.csv', 'inequality.csv']) {
      expect(read(path.join(fromZip, file))).toBe(read(path.join(fromProject, file)));
      expect(read(path.join(fromZip, file))).toBe(strFromU8(entries[`outputs/${file}`]!));
    }
  }, 120_000);

  test('a changed byte is refused, naming the file and the manifest', async () => {
    const changed = { ...entries, 'inputs/ke_ict_by_sex.csv': strToU8(strFromU8(entries['inputs/ke_ict_by_sex.csv']!).replace('KE-47', 'KE-48')) };
    const bad = path.join(work, 'changed.lastmile.zip');
    writeFileSync(bad, zipSync(changed));
    const r = await cli('run', bad, '--out', path.join(work, 'changed'));
    expect(r.status).toBe(1);
    expect(r.err).toBe('lastmile: changed.lastmile.zip: "inputs/ke_ict_by_sex.csv" does not match its SHA-256 in the manifest: the bundle was changed or damaged\n');
  });

  test('a project in a bundle that points outside it is refused before anything is read', async () => {
    const project = JSON.parse(strFromU8(entries['project.lastmile.json']!)) as { districts: { file: string } };
    project.districts.file = '../../etc/boundaries.geojson';
    const { 'manifest.json': _manifest, ...rest } = entries;
    const bad = path.join(work, 'escape.lastmile.zip');
    writeFileSync(bad, zipSync({ ...rest, 'project.lastmile.json': strToU8(JSON.stringify(project)) }));
    const r = await cli('run', bad, '--out', path.join(work, 'escape'));
    expect(r.status).toBe(1);
    expect(r.err).toBe('lastmile: escape.lastmile.zip: the project refers to "../../etc/boundaries.geojson", outside the bundle; a bundle\'s paths stay inside it\n');
  });

  test('an entry named with ".." is refused', async () => {
    const bad = path.join(work, 'slip.lastmile.zip');
    writeFileSync(bad, zipSync({ 'project.lastmile.json': entries['project.lastmile.json']!, '../evil.csv': strToU8('x\n') }));
    const r = await cli('check', bad);
    expect(r.status).toBe(1);
    expect(r.err).toContain('holds "../evil.csv", a path outside the bundle; not opened');
  });
});

describe('a Nairobi bundle with its plans', () => {
  const zip = path.join(work, 'nairobi.lastmile.zip');
  let entries: Record<string, Uint8Array>;
  let err: string;

  beforeAll(async () => {
    const r = await cli('bundle', path.join(EXAMPLES, 'nairobi-wifi.lastmile.json'), '--out', zip);
    expect(r.status).toBe(0);
    err = r.err;
    entries = unzipSync(readFileSync(zip));
  }, 180_000);

  test('`lastmile plan` on the .zip writes the plan files the bundle holds (all but the solve time)', async () => {
    const out = path.join(work, 'plan-zip');
    expect((await cli('plan', zip, '--scenario', 'no_floor', '--out', out)).status).toBe(0);
    expect(read(path.join(out, 'plan.no_floor.csv'))).toBe(strFromU8(entries['outputs/plan.no_floor.csv']!));
    expect(withoutSeconds(read(path.join(out, 'plan.no_floor.json')))).toBe(withoutSeconds(strFromU8(entries['outputs/plan.no_floor.json']!)));
  }, 180_000);

  test('its large CSV travels as Parquet; the manifest names the original with its SHA-256 (node:crypto), the project points at the Parquet', () => {
    type File = { path: string; original?: string; converted_from?: { file: string; bytes: number; sha256: string; rows: number; how: string } };
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { files: File[] };
    const converted = manifest.files.filter((f) => f.converted_from);
    // The bundled ke_schools_moe.csv (2.0 MB, a column subset) passes the 1 MB mark; ke_health_facilities_kmhfl.csv (0.9 MB) and the 21 kB AfriPop grid do not.
    expect(converted.map((f) => f.path).sort()).toEqual(['inputs/ke_schools_moe.parquet']);
    for (const f of converted) {
      const original = readFileSync(path.join(EXAMPLES, f.original!));
      expect(f.converted_from).toMatchObject({ file: path.basename(f.original!), bytes: original.length, sha256: createHash('sha256').update(original).digest('hex') });
    }
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['inputs/nairobi_afripop2010_1km.csv', 'inputs/ke_health_facilities_kmhfl.csv']));
    const project = JSON.parse(strFromU8(entries['project.lastmile.json']!)) as { points: { file: string }[] };
    expect(project.points.map((p) => p.file)).toEqual(expect.arrayContaining(['inputs/ke_schools_moe.parquet', 'inputs/ke_health_facilities_kmhfl.csv']));
  });

  test('every data file is credited in the manifest, and no licence warns', () => {
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { sources: string[]; licence_warnings: string[] };
    expect(manifest.sources).toHaveLength(4);
    expect(manifest.licence_warnings).toEqual([]);
    expect(err).toBe('');
  });
});

describe('a Hawaii bundle (Ookla tiles, CC BY-NC-SA)', () => {
  test('the non-commercial share-alike licence is said on stderr, even with --quiet, and kept in the manifest', async () => {
    const zip = path.join(work, 'hawaii.lastmile.zip');
    const r = await cli('bundle', path.join(EXAMPLES, 'hawaii.lastmile.json'), '--out', zip);
    expect(r.status).toBe(0);
    const warning = 'Speedtest® by Ookla® Global Fixed and Mobile Network Performance Maps (Hawaii, 2019–2022) is licensed CC BY-NC-SA 4.0 (non-commercial, share-alike): non-commercial use only; what you publish from it must carry the same licence.';
    expect(r.err).toBe(`lastmile: licence: ${warning}\n`);
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(zip))['manifest.json']!)) as { licence_warnings: string[]; files: { path: string }[] };
    expect(manifest.licence_warnings).toEqual([warning]);
    expect(manifest.files.map((f) => f.path)).toContain('inputs/hi_ookla_tiles_2019_2022.parquet');
  }, 120_000);
});
