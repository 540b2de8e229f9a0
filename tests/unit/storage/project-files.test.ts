import { describe, expect, test } from 'vitest';
import { missingFiles, projectFileNames, storeFiles } from '../../../src/app/storage/project-files.ts';
import { memoryStore } from '../../../src/app/storage/workspace-store.ts';
import type { Project } from '../../../src/core/project/types.ts';
import { InputError } from '../../../src/core/report.ts';
import { kenya } from '../project/fixtures.ts';
import { BYTES } from './store-suite.ts';

describe('storeFiles', () => {
  test('reads a stored file by the base name of the path the project gives, byte for byte', async () => {
    const store = memoryStore();
    await store.putFile('p', 'ke ict 🇰🇪.csv', new Blob([BYTES]));
    const files = storeFiles(store, 'p');
    expect(await files.read('../data/kenya/ke ict 🇰🇪.csv')).toEqual(BYTES);
    expect(await files.read('ke ict 🇰🇪.csv')).toEqual(BYTES);
    expect(await files.read('data\\ke ict 🇰🇪.csv')).toEqual(BYTES);
  });

  test('a missing file is an InputError telling the planner to add it again', async () => {
    const files = storeFiles(memoryStore(), 'p');
    const error = await files.read('../data/schools.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("schools.csv: not in this project's files; add it again");
  });

  test('an aborted read stops', async () => {
    const store = memoryStore();
    await store.putFile('p', 'a.csv', new Blob(['x']));
    const controller = new AbortController();
    controller.abort();
    await expect(storeFiles(store, 'p').read('a.csv', controller.signal)).rejects.toThrow(/abort/i);
  });
});

describe('projectFileNames and missingFiles', () => {
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

  test('missingFiles lists those not stored yet', async () => {
    const store = memoryStore();
    await store.putFile('p', 'ke_counties.geojson', new Blob(['{}']));
    await store.putFile('p', 'ke_schools_moe.csv', new Blob(['id']));
    expect(await missingFiles(store, 'p', project)).toEqual(['ke_ict_by_sex.csv', 'ke_household_assets.csv', 'ke_population_households.csv', 'ke_health_facilities_kmhfl.csv']);
  });
});
