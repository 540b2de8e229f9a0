import { describe, expect, test } from 'vitest';
import { filesInUse, missingFiles, nameForFile, projectFileNames, storeFiles } from '../../../src/app/storage/project-files.ts';
import { memoryStore } from '../../../src/app/storage/workspace-store.ts';
import type { Project } from '../../../src/core/project/types.ts';
import { InputError } from '../../../src/core/report.ts';
import { kenya } from '../project/fixtures.ts';
import { BYTES, ref } from './store-suite.ts';

describe('storeFiles', () => {
  test('reads the file the project names by the base name of the path the project gives, byte for byte', async () => {
    const store = memoryStore();
    await store.putFile(ref('ict'), new Blob([BYTES]), 'tab');
    const files = storeFiles(store, { 'ke ict 🇰🇪.csv': ref('ict') });
    expect(await files.read('../data/kenya/ke ict 🇰🇪.csv')).toEqual(BYTES);
    expect(await files.read('ke ict 🇰🇪.csv')).toEqual(BYTES);
    expect(await files.read('data\\ke ict 🇰🇪.csv')).toEqual(BYTES);
    // Its version is its content id: the load cache reads it again only when the bytes differ.
    expect(await files.version!('ke ict 🇰🇪.csv')).toBe(ref('ict').id);
  });

  test('a missing file is an InputError telling the planner to add it again', async () => {
    const store = memoryStore();
    for (const files of [storeFiles(store, {}), storeFiles(store, { 'schools.csv': ref('gone') })]) {
      const error = await files.read('../data/schools.csv').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe("schools.csv: not in this project's files; add it again");
    }
  });

  test('an aborted read stops', async () => {
    const store = memoryStore();
    await store.putFile(ref('a'), new Blob(['x']), 'tab');
    const controller = new AbortController();
    controller.abort();
    await expect(storeFiles(store, { 'a.csv': ref('a') }).read('a.csv', controller.signal)).rejects.toThrow(/abort/i);
  });
});

describe('projectFileNames, missingFiles, filesInUse', () => {
  const project = kenya as unknown as Project;

  test('every file the Kenya project refers to, boundaries first, by base name', () => {
    expect(projectFileNames(project)).toEqual([
      'ke_counties.geojson',
      'ke_ict_by_sex.csv',
      'ke_household_assets.csv',
      'ke_population_households.csv',
      'ke_schools_moe.csv',
      'ke_health_facilities_kmhfl.csv',
    ]);
  });

  test('a file used by two layers is named once; an unset boundary file not at all', () => {
    const tile = { file: 'tiles.parquet' } as NonNullable<Project['tiles']>[number];
    const p: Project = { lastmile: 1, title: 't', districts: { file: '', id: '', name: '' }, tiles: [{ ...tile, name: 'a' }, { ...tile, name: 'b' }] };
    expect(projectFileNames(p)).toEqual(['tiles.parquet']);
  });

  test('missingFiles lists those the project names no stored file for; filesInUse drops names no layer uses', () => {
    const files = { 'ke_counties.geojson': ref('c'), 'ke_schools_moe.csv': ref('s'), 'removed.csv': ref('r') };
    expect(missingFiles(files, project)).toEqual(['ke_ict_by_sex.csv', 'ke_household_assets.csv', 'ke_population_households.csv', 'ke_health_facilities_kmhfl.csv']);
    expect(filesInUse(files, project)).toEqual({ 'ke_counties.geojson': ref('c'), 'ke_schools_moe.csv': ref('s') });
  });
});

describe('nameForFile (issue #16: a second t.csv never replaces the first)', () => {
  const project = { ...(kenya as unknown as Project), tables: [{ name: 't', file: 't.csv', district: 'id' }] } as Project;

  test('a new name is kept; the same bytes again keep their name', () => {
    expect(nameForFile('new.csv', ref('n'), {}, project)).toBe('new.csv');
    expect(nameForFile('t.csv', ref('t1'), { 't.csv': ref('t1') }, project)).toBe('t.csv');
  });

  test('other bytes under a name the project uses get the next free "name (k).ext"', () => {
    expect(nameForFile('t.csv', ref('t2'), { 't.csv': ref('t1') }, project)).toBe('t (2).csv');
    expect(nameForFile('t.csv', ref('t3'), { 't.csv': ref('t1'), 't (2).csv': ref('t2') }, project)).toBe('t (3).csv');
    expect(nameForFile('t.csv', ref('t2'), { 't.csv': ref('t1'), 't (2).csv': ref('t2') }, project)).toBe('t (2).csv');
  });

  test("a bundled file's name (read from the app, not stored) is not taken over either", () => {
    expect(nameForFile('ke_counties.geojson', ref('mine'), {}, project)).toBe('ke_counties (2).geojson');
    expect(nameForFile('README', ref('x'), { README: ref('y') }, null)).toBe('README (2)');
  });
});
