// The SQL a plan reads with: exact text and bound values (tests/db/cli-plan.test.ts runs it on DuckDB).
import { describe, expect, test } from 'vitest';
import { districtShareSql, planPointsSql, whereAll } from '../../../src/db/plan-sql.ts';

const schools = { name: 'schools', file: 'ke_schools_moe.csv', id: 'school_id', lon: 'lon', lat: 'lat', where: { geo_id: 'KE-47' } };

describe('plan SQL builders', () => {
  test('the layer’s filter and the scenario’s are both applied, values bound as text', () => {
    expect(whereAll([{ geo_id: 'KE-47' }, undefined, { ownership: 'Public', level: 2 }])).toEqual({
      text: 'WHERE CAST("geo_id" AS VARCHAR) = ? AND CAST("ownership" AS VARCHAR) = ? AND CAST("level" AS VARCHAR) = ?',
      params: ['KE-47', 'Public', '2'],
    });
    expect(whereAll([undefined, {}])).toEqual({ text: '', params: [] });
  });

  test('candidate points: rowid, position, id and a cost column, in file order', () => {
    expect(planPointsSql(schools, { ownership: 'Public' }, { id: 'school_id', cost: 'cost "KES"' })).toEqual({
      text:
        'SELECT rowid::INTEGER AS r, TRY_CAST("lon" AS DOUBLE) AS "lon", TRY_CAST("lat" AS DOUBLE) AS "lat", CAST("school_id" AS VARCHAR) AS id, ' +
        'TRY_CAST("cost ""KES""" AS DOUBLE) AS "cost" FROM "schools" WHERE CAST("geo_id" AS VARCHAR) = ? AND CAST("ownership" AS VARCHAR) = ? ORDER BY rowid',
      params: ['KE-47', 'Public'],
    });
  });

  test('demand points: weight and group columns as g0, g1…; no filter, no WHERE', () => {
    const grid = { name: 'population', file: 'grid.csv', lon: 'x', lat: 'y' };
    expect(planPointsSql(grid, undefined, { weight: 'pop2010', groups: ['women', 'youth'] }).text).toBe(
      'SELECT rowid::INTEGER AS r, TRY_CAST("x" AS DOUBLE) AS "lon", TRY_CAST("y" AS DOUBLE) AS "lat", TRY_CAST("pop2010" AS DOUBLE) AS "weight", ' +
        'TRY_CAST("women" AS DOUBLE) AS "g0", TRY_CAST("youth" AS DOUBLE) AS "g1" FROM "population" ORDER BY rowid',
    );
  });

  test('a group share per district, in boundary order', () => {
    expect(districtShareSql({ table: 'ict', district: 'geo_id', where: { admin_level: 'county' } }, 'female_share')).toEqual({
      text:
        'SELECT d.ord, min(TRY_CAST(t."female_share" AS DOUBLE)) AS share FROM districts AS d LEFT JOIN (SELECT * FROM "ict" WHERE CAST("admin_level" AS VARCHAR) = ?) AS t ' +
        'ON CAST(t."geo_id" AS VARCHAR) = d.district_id GROUP BY d.ord ORDER BY d.ord',
      params: ['county'],
    });
  });
});
