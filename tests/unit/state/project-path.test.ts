import { expect, test } from 'vitest';
import { joinPath } from '../../../src/app/project-path.ts';

test('project paths resolve against the project folder', () => {
  expect(joinPath('examples', '../data/kenya/ke_counties.geojson')).toBe('data/kenya/ke_counties.geojson');
  expect(joinPath('examples', './a.csv')).toBe('examples/a.csv');
  expect(() => joinPath('examples', '../../etc/passwd')).toThrow(/leaves the project folder/);
});
