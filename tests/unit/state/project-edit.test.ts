import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CompositeSpec, Project } from '../../../src/core/project/types.ts';
import { validateProject } from '../../../src/core/project/validate.ts';
import { addIndicator, addLayer, layersOf, newProject, removeIndicator, removeLayer, restoreRemoval, setDistricts, type EditResult } from '../../../src/state/project-edit.ts';
import { deepFreeze } from '../geo/fixtures.ts';

function example(name: string): Project {
  return deepFreeze(JSON.parse(readFileSync(new URL(`../../../examples/${name}.lastmile.json`, import.meta.url), 'utf8')) as Project);
}
const kenya = example('kenya');
const hawaii = example('hawaii');

function ok(result: EditResult): Project {
  if (!result.ok) throw new Error(result.error);
  return result.project;
}
const errors = (p: Project): string[] => {
  const r = validateProject(p);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

const schools2 = { name: 'Schools', file: 'schools2.csv', id: 'id', lon: 'x', lat: 'y' };

describe('newProject and setDistricts', () => {
  test('a new project is version 1 with a title; without boundaries, validation asks only for them', () => {
    expect(newProject('Nairobi wards')).toEqual({ lastmile: 1, title: 'Nairobi wards', districts: { file: '', id: '', name: '' } });
    expect(errors(newProject('t'))).toEqual(['districts.file: must not be empty', 'districts.id: must not be empty', 'districts.name: must not be empty']);
    const districts = { file: 'wards.geojson', id: 'ward_id', name: 'ward' };
    expect(errors(newProject('t', districts))).toEqual([]);
    expect(setDistricts(deepFreeze(newProject('t')), districts)).toEqual(newProject('t', districts));
  });
});

describe('addLayer', () => {
  test('appends to the right list, creating it if needed, and leaves the input alone', () => {
    const p = ok(addLayer(kenya, 'tiles', hawaii.tiles![2]!));
    expect(p.tiles).toEqual([hawaii.tiles![2]]);
    expect(kenya.tiles).toBeUndefined();
    const q = ok(addLayer(kenya, 'points', { ...schools2, name: 'libraries' }));
    expect(q.points!.map((l) => l.name)).toEqual(['schools', 'health', 'libraries']);
    expect(errors(q)).toEqual([]);
  });

  test('a name taken by any layer, ignoring case, is refused', () => {
    expect(addLayer(kenya, 'points', schools2)).toEqual({
      ok: false,
      error: '"Schools" is already taken by the point layer "schools"; tables, tiles and points need different names (ignoring case)',
    });
    expect(addLayer(kenya, 'tiles', { ...hawaii.tiles![0]!, name: 'ICT' })).toMatchObject({ ok: false, error: expect.stringContaining('the table "ict"') });
  });

  test('an invalid or reserved name is refused', () => {
    expect(addLayer(kenya, 'table', { name: 'my table', file: 'a.csv', district: 'id' })).toMatchObject({ ok: false, error: expect.stringContaining('not a valid name') });
    expect(addLayer(kenya, 'table', { name: 'Districts', file: 'a.csv', district: 'id' })).toMatchObject({ ok: false, error: expect.stringContaining('reserved') });
  });
});

describe('addIndicator', () => {
  const value = { id: 'hh_tv', table: 'assets', value: 'hh_pct_tv', unit: 'percent' };
  test('appends an indicator on an existing table', () => {
    const p = ok(addIndicator(kenya, value));
    expect(p.indicators!.map((i) => i.id)).toEqual(['internet_use', 'hh_internet', 'hh_tv']);
    expect(errors(p)).toEqual([]);
  });
  test('refuses an id taken by an indicator or the composite index, ignoring case, and an unknown table', () => {
    expect(addIndicator(kenya, { ...value, id: 'HH_Internet' })).toMatchObject({ ok: false, error: expect.stringContaining('already taken by "hh_internet"') });
    expect(addIndicator(kenya, { ...value, id: 'inclusion_index' })).toMatchObject({ ok: false, error: expect.stringContaining('already taken') });
    expect(addIndicator(kenya, { ...value, id: 'district_id' })).toMatchObject({ ok: false, error: expect.stringContaining('reserved') });
    expect(addIndicator(kenya, { ...value, table: 'schools' })).toEqual({ ok: false, error: 'no table named "schools" (tables: ict, assets, population)' });
    expect(addIndicator(hawaii, { ...value, table: 'x' })).toEqual({ ok: false, error: 'no table named "x"; add the table first' });
  });
});

describe('removeLayer', () => {
  test('removing Kenya\'s "ict" table takes its indicator, the population column and the measures built on them', () => {
    // Worked by hand from examples/kenya.lastmile.json: internet_use is on "ict"; its "total" is the
    // first measure of pillar 0 (adoption), which keeps hh_internet; its parity is pillar 1's only measure.
    const { project, removed } = removeLayer(kenya, 'ict');
    const [adoption, genderEquity] = kenya.composite!.pillars;
    expect(removed).toEqual({
      layer: { kind: 'table', index: 0, layer: kenya.tables![0] },
      indicators: [{ index: 0, indicator: kenya.indicators![0] }],
      population: { table: 'ict', column: 'pop3plus_total' },
      measures: [{ pillar: 0, index: 0, measure: adoption!.indicators[0] }],
      pillars: [{ index: 1, pillar: genderEquity }],
      keys: Object.keys(kenya),
    });
    expect(project.tables!.map((t) => t.name)).toEqual(['assets', 'population']);
    expect(project.indicators!.map((i) => i.id)).toEqual(['hh_internet']);
    expect(project.population).toBeUndefined();
    expect(project.composite!.pillars).toEqual([{ ...adoption, indicators: [adoption!.indicators[1]] }]);
    expect(errors(project)).toEqual([]);
  });

  test('a point layer nothing depends on goes alone', () => {
    const { project, removed } = removeLayer(kenya, 'schools');
    expect(removed).toEqual({ layer: { kind: 'points', index: 0, layer: kenya.points![0] }, indicators: [], measures: [], pillars: [], keys: Object.keys(kenya) });
    expect(project).toEqual({ ...kenya, points: [kenya.points![1]] });
  });

  test('when no pillar remains, the composite index goes whole', () => {
    const { project, removed } = removeLayer(hawaii, 'fixed_2022q4');
    expect(removed.composite).toBe(hawaii.composite);
    expect(removed.pillars).toEqual([]);
    expect(project.composite).toBeUndefined();
    expect(errors(project)).toEqual([]);
  });

  test('a pillar (or index) whose remaining weights are all 0 goes too, as it could not be computed', () => {
    const composite: CompositeSpec = {
      id: 'idx',
      pillars: [
        { name: 'a', indicators: [{ measure: 'points.schools.count', direction: 'higher-is-better' }, { measure: 'hh_internet', direction: 'higher-is-better', weight: 0 }] },
        { name: 'b', weight: 0, indicators: [{ measure: 'hh_internet', direction: 'higher-is-better' }] },
      ],
    };
    const p = deepFreeze({ ...kenya, composite });
    expect(errors(p)).toEqual([]);
    const { project, removed } = removeLayer(p, 'schools');
    expect(project.composite).toBeUndefined();
    expect(removed.composite).toBe(composite);
    expect(restoreRemoval(project, removed)).toEqual(p);
  });

  test('removing the table that names the regions removes them', () => {
    const p = deepFreeze({ ...kenya, regions: { table: 'population', column: 'region' } });
    const { project, removed } = removeLayer(p, 'population');
    expect(removed.regions).toEqual({ table: 'population', column: 'region' });
    expect(project.regions).toBeUndefined();
    expect(restoreRemoval(project, removed)).toEqual(p);
  });

  test('an unknown layer is a bug in the caller', () => {
    expect(() => removeLayer(kenya, 'nope')).toThrow('no table, tile layer or point layer named "nope"');
  });
});

describe('removeIndicator', () => {
  test('takes the composite measures built on the indicator, and nothing else', () => {
    const { project, removed } = removeIndicator(kenya, 'internet_use');
    expect(removed.layer).toBeUndefined();
    expect(removed.population).toBeUndefined();
    expect(removed.measures.map((m) => m.measure.measure)).toEqual(['internet_use.total']);
    expect(removed.pillars.map((p) => p.pillar.name)).toEqual(['gender_equity']);
    expect(project.tables).toBe(kenya.tables);
    expect(errors(project)).toEqual([]);
    expect(() => removeIndicator(kenya, 'nope')).toThrow('no indicator "nope"');
  });
});

describe('restoreRemoval puts back exactly what was removed (every layer and indicator of both examples)', () => {
  for (const [name, p] of [['kenya', kenya], ['hawaii', hawaii]] as const) {
    const cases = [
      ...layersOf(p).map(({ layer }) => [`layer ${layer.name}`, () => removeLayer(p, layer.name)] as const),
      ...(p.indicators ?? []).map(({ id }) => [`indicator ${id}`, () => removeIndicator(p, id)] as const),
    ];
    for (const [label, remove] of cases) {
      test(`${name}: ${label}`, () => {
        const { project, removed } = remove();
        expect(errors(project)).toEqual([]);
        const restored = restoreRemoval(deepFreeze(project), deepFreeze(removed));
        expect(restored).toEqual(p);
        // Same key order too, so the project file is written out unchanged.
        expect(JSON.stringify(restored)).toBe(JSON.stringify(p));
      });
    }
  }

  test('undoing two removals in reverse order restores the original', () => {
    const first = removeLayer(kenya, 'assets');
    const second = removeLayer(first.project, 'ict');
    expect(restoreRemoval(restoreRemoval(second.project, second.removed), first.removed)).toEqual(kenya);
  });
});
