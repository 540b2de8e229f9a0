// District labels made of several properties (districts.label): five US counties are called
// York, so "York, Pennsylvania" is the only name that says which one.
import { expect, test } from 'vitest';
import { readDistrictLayer } from '../../../src/formats/districts.ts';
import { validateProject } from '../../../src/core/project/validate.ts';

const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
const county = (fips: string, name: string, state: string | null) => ({ type: 'Feature', properties: { fips, name, state }, geometry: { type: 'Polygon', coordinates: square } });
const text = JSON.stringify({
  type: 'FeatureCollection',
  features: [county('42133', 'York', 'Pennsylvania'), county('45091', 'York', 'South Carolina'), county('51199', 'York', null)],
});

test('label ["name", "state"] joins the values with ", " and leaves a missing state out', () => {
  expect(readDistrictLayer('counties.geojson', text, 'fips', 'name', ['name', 'state']).names).toEqual(['York, Pennsylvania', 'York, South Carolina', 'York']);
});

test('without a label the name property alone names a district', () => {
  expect(readDistrictLayer('counties.geojson', text, 'fips', 'name').names).toEqual(['York', 'York', 'York']);
});

test('the validator takes a list of property names and refuses an empty list or a non-string', () => {
  const project = (label: unknown) => ({ lastmile: 1, title: 't', districts: { file: 'c.geojson', id: 'fips', name: 'name', label } });
  const problems = (label: unknown) => {
    const r = validateProject(project(label));
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };
  expect(problems(['name', 'state'])).toEqual([]);
  expect(problems([])).toEqual(['districts.label: list at least one property, e.g. ["county_name", "state_name"]']);
  expect(problems(['name', 3])).toEqual(['districts.label[1]: expected a string, got the number 3']);
});
