// What the map draws of a point layer, read from DuckDB column-wise: the layer's own filter
// and the planner's both applied (values bound, names quoted), points without coordinates left
// out but counted, the style column as number and text; and a column's values by frequency.
import { expect, test } from 'vitest';
import { loadDelimitedTable } from '../../src/db/load-table.ts';
import { mapPointsSql } from '../../src/db/map-layer-sql.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { readColumnValues, readPointsOnMap, readTilesOnMap } from '../../src/engine/map-layers.ts';

const CSV = [
  'name,le"vel,beds,x,y,kind',
  'A,Level 4,10,36.8,-1.3,public',
  'B,Level 2,,36.9,-1.2,public',
  'C,Level 4,30,,,private',
  'D,Level 4,n/a,37.0,-1.1,public',
  'E,Level 3,5,37.1,-1.0,private',
].join('\n');
const layer = { name: 'health', file: 'h.csv', lon: 'x', lat: 'y', where: { kind: 'public' } };

test('the SQL binds the filter value and quotes a column name holding a quote', () => {
  expect(mapPointsSql(layer, { column: 'le"vel', value: "Level 4' OR 1=1" }, 'beds')).toEqual({
    text: 'SELECT TRY_CAST("x" AS DOUBLE) AS lon, TRY_CAST("y" AS DOUBLE) AS lat, TRY_CAST("beds" AS DOUBLE) AS n, CAST("beds" AS VARCHAR) AS t FROM "health" WHERE CAST("kind" AS VARCHAR) = ? AND CAST("le""vel" AS VARCHAR) = ? ORDER BY rowid',
    params: ['public', "Level 4' OR 1=1"],
  });
});

test('points: layer filter (public: A, B, D) and map filter (Level 4: A, D), style column as number and text', async () => {
  const db = await openNodeDb();
  try {
    await loadDelimitedTable(db, 'health', 'h.csv', new TextEncoder().encode(CSV));
    const all = await readPointsOnMap(db, layer, null, null);
    expect(Array.from(all.lons)).toEqual([36.8, 36.9, 37.0]);
    expect(all.numbers).toBeNull();
    const level4 = await readPointsOnMap(db, layer, { column: 'le"vel', value: 'Level 4' }, 'beds');
    expect(Array.from(level4.lats)).toEqual([-1.3, -1.1]);
    expect(Array.from(level4.numbers!)).toEqual([10, Number.NaN]);
    expect(level4.texts).toEqual(['10', 'n/a']);
    // C is Level 4 but private, and without coordinates anyway: no row of the layer.
    expect(level4.rows).toBe(2);
    // Without the layer's own filter, C counts as a row but is not drawn.
    const noWhere = await readPointsOnMap(db, { ...layer, where: {} }, { column: 'le"vel', value: 'Level 4' }, null);
    expect([noWhere.rows, noWhere.lons.length]).toEqual([3, 2]);
    expect(await readColumnValues(db, layer, 'le"vel')).toEqual({
      values: [
        { value: 'Level 4', rows: 2 },
        { value: 'Level 2', rows: 1 },
      ],
      distinct: 2,
    });
    // Cut at the limit, the count still covers the whole column: A, B and D are public.
    expect(await readColumnValues(db, layer, 'name', 1)).toEqual({ values: [{ value: 'A', rows: 1 }], distinct: 3 });
  } finally {
    await db.close();
  }
});

test('tiles: boxes from quadkeys, groups sorted by their `by` values as tiles.<name>.csv sorts them', async () => {
  const db = await openNodeDb();
  try {
    const csv = 'qk,p,d,u,l,t,v\n0,2022Q2,5000,1,1,3,1\n3,2022Q1,12000,1,1,7,2\n';
    await loadDelimitedTable(db, 'tt', 't.csv', new TextEncoder().encode(csv));
    const tiles = await readTilesOnMap(db, { name: 'tt', file: 't.csv', by: ['p'], columns: { quadkey: 'qk', download_kbps: 'd', upload_kbps: 'u', latency_ms: 'l', tests: 't', devices: 'v' } });
    expect(tiles.groups).toEqual([{ key: ['2022Q1'] }, { key: ['2022Q2'] }]);
    expect(Array.from(tiles.group)).toEqual([1, 0]);
    // Quadkey 3 is the south-east quarter: 0°..180° E, 85.05° S..0°.
    expect(Array.from(tiles.boxes.slice(4)).map(Math.round)).toEqual([0, -85, 180, 0]);
    expect(Array.from(tiles.downloadKbps)).toEqual([5000, 12000]);
  } finally {
    await db.close();
  }
});
