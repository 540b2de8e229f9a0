import { describe, expect, test } from 'vitest';
import { formatProjectErrors, parseProjectText, validateProject } from '../../../src/core/project/validate.ts';
import { deepFreeze, errorLines, KENYA_TEXT, kenya, kenyaWith } from './fixtures.ts';

const F = 'kenya.lastmile.json';
const [ict, assets, population] = kenya.tables;
const [internetUse, hhInternet] = kenya.indicators;

const tiles = deepFreeze({
  name: 'fixed',
  file: 'tiles.parquet',
  where: { network_type: 'fixed' },
  by: ['period'],
  columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' },
});

describe('a valid project', () => {
  test('examples/kenya.lastmile.json is valid, and the project is the input itself, unchanged', () => {
    const result = validateProject(kenya, F);
    expect(result).toEqual({ ok: true, project: kenya });
    expect(result.ok && result.project).toBe(kenya);
    expect(parseProjectText(KENYA_TEXT, F).ok).toBe(true);
  });

  test('every optional key of the format, used once', () => {
    const project = kenyaWith({
      $schema: '../src/core/project/lastmile.schema.json',
      language: 'sw',
      tiles: [tiles, { ...tiles, name: 'fixed_pooled', by: [], threshold_mbps: 10 }],
      regions: { table: 'population', column: 'region' },
      suppression: { min_people: 50, min_tests: 10, min_devices: 5 },
      composite: {
        id: 'divide_index',
        label: 'Digital divide index',
        normalisation: 'z-score',
        pillars: [
          {
            name: 'adoption',
            weight: 2,
            indicators: [
              { measure: 'internet_use.total', direction: 'higher-is-better', weight: 1 },
              { measure: 'internet_use.gap.male-female', direction: 'higher-is-worse', weight: 0 },
              { measure: 'internet_use.parity.female/male', direction: 'higher-is-better' },
              { measure: 'hh_internet', direction: 'higher-is-better' },
            ],
          },
          {
            name: 'access',
            indicators: [
              { measure: 'tiles.fixed_pooled.download_mbps', direction: 'higher-is-better' },
              { measure: 'tiles.fixed_pooled.share_tests_below_10mbps', direction: 'higher-is-worse' },
              { measure: 'points.schools.count', direction: 'higher-is-better' },
            ],
          },
        ],
      },
    });
    expect(errorLines(project)).toEqual([]);
  });
});

describe('the top level', () => {
  test('a newer version is the only error reported, and says which version this build reads', () => {
    expect(errorLines(kenyaWith({ lastmile: 2, pillars: [] }))).toEqual([
      `${F}: lastmile: version 2 is not supported; this build reads version 1 (a newer Lastmile may read this file)`,
    ]);
  });

  test('an older or malformed version', () => {
    expect(errorLines(kenyaWith({ lastmile: 0 }))).toEqual([`${F}: lastmile: version 0 is not supported; this build reads version 1`]);
    expect(errorLines(kenyaWith({ lastmile: '1' }))).toEqual([
      `${F}: lastmile: expected the format version as a number (this build reads version 1), got the string "1"`,
    ]);
  });

  test('missing version, title and districts', () => {
    const { lastmile: _l, title: _t, districts: _d, ...rest } = kenya;
    expect(errorLines(deepFreeze(rest))).toEqual([
      `${F}: missing required key "lastmile" (the format version; this build reads version 1)`,
      `${F}: missing required key "title"`,
      `${F}: missing required key "districts"`,
    ]);
  });

  test('not an object', () => {
    expect(errorLines(deepFreeze([kenya]))).toEqual([
      `${F}: expected a JSON object such as { "lastmile": 1, "title": …, "districts": … }, got an array`,
    ]);
    expect(errorLines(null)).toEqual([`${F}: expected a JSON object such as { "lastmile": 1, "title": …, "districts": … }, got null`]);
  });

  test('unknown keys at any level, with a suggestion within edit distance 2', () => {
    expect(
      errorLines(
        kenyaWith({
          indicator: [],
          titel: 'x',
          districts: { ...kenya.districts, shape: 'x' },
          tables: [{ ...ict, distrcit: 'geo_id' }, assets, population],
        }),
      ),
    ).toEqual([
      `${F}: indicator: unknown key; did you mean "indicators"?`,
      `${F}: titel: unknown key; did you mean "title"?`,
      `${F}: districts.shape: unknown key (expected "file", "id", "name", "geometry", "noun" or "label")`,
      `${F}: tables[0].distrcit: unknown key; did you mean "district"?`,
    ]);
  });

  test('a missing key is reported once, on the object that lacks it', () => {
    expect(errorLines(kenyaWith({ tables: [{}], indicators: [], population: undefined }))).toEqual([
      `${F}: tables[0]: missing required key "name"`,
      `${F}: tables[0]: missing required key "file"`,
      `${F}: tables[0]: missing required key "district"`,
    ]);
  });

  test('wrong types and empty strings', () => {
    expect(errorLines(kenyaWith({ title: ' ', districts: { file: 'ke.geojson', id: 7, name: null }, tables: {} }))).toEqual([
      `${F}: title: must not be empty`,
      `${F}: districts.id: expected a string, got the number 7`,
      `${F}: districts.name: expected a string, got null`,
      `${F}: tables: expected an array, got an object`,
      `${F}: indicators[0].table: no table named "ict" (the project declares no tables)`,
      `${F}: indicators[1].table: no table named "assets" (the project declares no tables)`,
      `${F}: population.table: no table named "ict" (the project declares no tables)`,
    ]);
  });
});

describe('files', () => {
  test('paths must be relative to the project file, non-empty, and of a known format', () => {
    expect(
      errorLines(
        kenyaWith({
          districts: { ...kenya.districts, file: '/home/ana/ke_counties.geojson' },
          tables: [{ ...ict, file: 'C:\\data\\ict.csv' }, { ...assets, file: 'https://example.org/assets.csv' }, { ...population, file: '' }],
          points: [{ ...kenya.points[0], file: 'schools.xlsx' }, { ...kenya.points[1], file: 'HEALTH.CSV.GZ' }],
        }),
      ),
    ).toEqual([
      `${F}: districts.file: "/home/ana/ke_counties.geojson" is an absolute path; write it relative to the project file's folder`,
      `${F}: tables[0].file: "C:\\data\\ict.csv" is an absolute path; write it relative to the project file's folder`,
      `${F}: tables[1].file: "https://example.org/assets.csv" is a URL; download the file and write its path relative to the project file's folder`,
      `${F}: tables[2].file: must not be empty`,
      `${F}: points[0].file: "schools.xlsx" is not a CSV, TSV or Parquet file (expected .csv, .tsv, .txt or .parquet, optionally followed by .gz)`,
    ]);
    expect(errorLines(kenyaWith({ districts: { ...kenya.districts, file: 'ke.shp' } }))).toEqual([
      `${F}: districts.file: "ke.shp" is not a GeoJSON or TopoJSON file (expected .geojson, .topojson or .json)`,
    ]);

  });

  test('"\\" as a folder separator and control characters (NUL) are refused, naming the key (issue #16)', () => {
    expect(errorLines(kenyaWith({ tables: [{ ...ict, file: 'data\\ict.csv' }, { ...assets, file: 'assets\u0000.csv' }, population] }))).toEqual([
      `${F}: tables[0].file: "data\\ict.csv" separates folders with "\\"; write "/" instead ("data/ict.csv"): project files use "/" on every system`,
      `${F}: tables[1].file: "assets\\u0000.csv" holds a control character (such as NUL); write the path as plain text`,
    ]);
  });
});

describe('tables, tiles and points', () => {
  test('share one set of names, compared ignoring case, and may not be called "districts"', () => {
    const school = kenya.points[0]!;
    expect(
      errorLines(kenyaWith({ tiles: [{ ...tiles, name: 'assets' }], points: [{ ...school, name: 'ICT' }, { ...school, name: 'Districts' }, { ...school, name: 'my schools' }] })),
    ).toEqual([
      `${F}: tiles[0].name: "assets" is already the name of tables[1]; tables, tiles and points share one set of names`,
      `${F}: points[0].name: "ICT" clashes with "ict" (tables[0]) as names are compared ignoring case; tables, tiles and points share one set of names`,
      `${F}: points[1].name: "Districts" is reserved for the district layer; choose another name`,
      `${F}: points[2].name: "my schools" is not a valid name: use letters, digits and "_", starting with a letter or "_"`,
    ]);
  });

  test('a language is one the app speaks, with a suggestion for a near miss', () => {
    expect(errorLines(kenyaWith({ language: 'ar' }))).toEqual([]);
    expect(errorLines(kenyaWith({ language: 'sv' }))).toEqual([`${F}: language: expected "en", "fr", "es", "ar", "zh", "ru" or "sw", got "sv"; did you mean "sw"?`]);
  });

  test('a decimal separator is "." or ","', () => {
    const layers = { tables: [{ ...ict, decimal: ',' }, { ...assets, decimal: ';' }, population], tiles: [{ ...tiles, decimal: 'comma' }], points: [{ ...kenya.points[0], decimal: '.' }] };
    expect(errorLines(kenyaWith(layers))).toEqual([
      `${F}: tables[1].decimal: expected "." or ",", got ";"`,
      `${F}: tiles[0].decimal: expected "." or ",", got "comma"`,
    ]);
  });

  test('"not reported" codes are a non-empty list of distinct numbers', () => {
    const layers = { tables: [{ ...ict, missing: [-9] }, { ...assets, missing: [] }, { ...population, missing: ['-9', -1, -1] }], tiles: [{ ...tiles, missing: -9 }], points: [{ ...kenya.points[0], missing: [9999, -1] }] };
    expect(errorLines(kenyaWith(layers))).toEqual([
      `${F}: tables[1].missing: lists no code: leave "missing" out, or list the numbers that mean "not reported" (e.g. [-9])`,
      `${F}: tables[2].missing[0]: "-9" is not a number; a "not reported" code is a number such as -9 or 9999`,
      `${F}: tables[2].missing[2]: -1 is listed twice`,
      `${F}: tiles[0].missing: expected an array, got the number -9`,
    ]);
  });

  test('where values are strings, numbers or true/false', () => {
    expect(errorLines(kenyaWith({ tables: [{ ...ict, where: { a: null, b: ['county'], c: 1, d: true } }, { ...assets, where: 'county' }, population] }))).toEqual([
      `${F}: tables[0].where.a: expected a string, number or true/false, got null`,
      `${F}: tables[0].where.b: expected a string, number or true/false, got an array (a filter matches one value)`,
      `${F}: tables[1].where: expected an object of column → value, got the string "county"`,
    ]);
  });

  test('a tile layer names all six columns; its threshold is > 0; its "by" columns are distinct and not output columns', () => {
    const { devices: _d, latency_ms: _l, ...columns } = tiles.columns;
    const layer = { ...tiles, columns: { ...columns, latency: 'avg_lat_ms', upload_kbps: '' }, threshold_mbps: 0, by: ['period', 'period', 'tests'] };
    expect(errorLines(kenyaWith({ tiles: [layer] }))).toEqual([
      `${F}: tiles[0].columns: missing required key "latency_ms"`,
      `${F}: tiles[0].columns: missing required key "devices"`,
      `${F}: tiles[0].columns.latency: unknown key; did you mean "latency_ms"?`,
      `${F}: tiles[0].columns.upload_kbps: must not be empty`,
      `${F}: tiles[0].threshold_mbps: expected a number > 0 Mbps, got 0`,
      `${F}: tiles[0].by[1]: "period" is listed twice`,
      `${F}: tiles[0].by[2]: "tests" is also an output column of the tiles CSV; rename it in the data`,
    ]);
  });
});

describe('indicators', () => {
  test('an indicator must read a declared table', () => {
    expect(errorLines(kenyaWith({ indicators: [internetUse, { ...hhInternet, table: 'asets' }, { ...hhInternet, id: 'schools_n', table: 'schools' }] }))).toEqual([
      `${F}: indicators[1].table: no table named "asets" (tables: ict, assets, population)`,
      `${F}: indicators[2].table: "schools" is a point layer, not a table (tables: ict, assets, population)`,
    ]);
  });

  test('exactly one of "rate" and "value"; "gaps" only with a rate, "unit" only with a value', () => {
    const indicators = [
      { ...internetUse, value: 'internet_pct' },
      { id: 'nothing', table: 'ict' },
      { ...hhInternet, gaps: [] },
      { id: 'rate_with_unit', table: 'ict', rate: { total: ['a', 'b'] }, unit: 'percent' },
    ];
    expect(errorLines(kenyaWith({ indicators }))).toEqual([
      `${F}: indicators[0]: has both "rate" and "value"; keep "rate" to compute from counts or "value" to take a published figure`,
      `${F}: indicators[1]: needs "rate" (computed from counts) or "value" (a published figure)`,
      `${F}: indicators[2].gaps: "gaps" are for rate indicators`,
      `${F}: indicators[3].unit: "unit" is for value indicators; a rate is always in percent`,
    ]);
  });

  test('rate groups map to [numerator, denominator] and have plain names', () => {
    const rate = { total: ['internet_user_total'], 'age-15-24': ['a', 'b'], male: 'internet_user_male', female: ['internet_user_female', 3], none: {} };
    expect(errorLines(kenyaWith({ indicators: [{ id: 'internet_use', table: 'ict', rate }, { id: 'empty', table: 'ict', rate: {} }] }))).toEqual([
      `${F}: indicators[0].rate.total: expected 2 columns [numerator, denominator], got 1`,
      `${F}: indicators[0].rate["age-15-24"]: "age-15-24" is not a valid group name: use letters, digits and "_" (it becomes part of column names)`,
      `${F}: indicators[0].rate.male: expected [numerator column, denominator column], got the string "internet_user_male"`,
      `${F}: indicators[0].rate.female[1]: expected a string, got the number 3`,
      `${F}: indicators[0].rate.none: expected [numerator column, denominator column], got an object`,
      `${F}: indicators[1].rate: needs at least one group, e.g. "total": ["internet_users", "population"]`,
    ]);
  });

  test('gap pairs name two different declared groups, once each', () => {
    const gaps = [['male', 'femal'], ['male', 'male'], ['male'], ['male', 'female'], ['male', 'female'], 'male-female'];
    expect(errorLines(kenyaWith({ indicators: [{ ...internetUse, gaps }] }))).toEqual([
      `${F}: indicators[0].gaps[0][1]: no group "femal" in rate (groups: total, female, male)`,
      `${F}: indicators[0].gaps[1]: a gap needs two different groups`,
      `${F}: indicators[0].gaps[2]: expected a pair of groups ["a", "b"] (the gap is a minus b), got 1 item`,
      `${F}: indicators[0].gaps[4]: the gap ["male", "female"] is listed twice`,
      `${F}: indicators[0].gaps[5]: expected a pair of groups ["a", "b"] (the gap is a minus b), got the string "male-female"`,
    ]);
  });

  test('ids are names, unique ignoring case, and not a reserved column', () => {
    const indicators = [
      { ...hhInternet, id: 'internet use' },
      { ...hhInternet, id: 'district_id' },
      { ...hhInternet, id: 'HH_internet' },
      hhInternet,
      { ...hhInternet, id: 'HH_internet' },
    ];
    expect(errorLines(kenyaWith({ indicators }))).toEqual([
      `${F}: indicators[0].id: "internet use" is not a valid id: use letters, digits and "_", starting with a letter or "_"`,
      `${F}: indicators[1].id: "district_id" is reserved for another column of districts.csv; choose another id`,
      `${F}: indicators[3].id: "hh_internet" clashes with "HH_internet" (indicators[2]) as ids are compared ignoring case`,
      `${F}: indicators[4].id: "HH_internet" is already the id of indicators[2]`,
    ]);
  });

  test('population and regions name a declared table and a column', () => {
    expect(errorLines(kenyaWith({ population: { table: 'pop', column: 'pop3plus_total' }, regions: { table: 'ict' } }))).toEqual([
      `${F}: population.table: no table named "pop" (tables: ict, assets, population)`,
      `${F}: regions: missing required key "column"`,
    ]);
  });
});

describe('suppression and the composite index', () => {
  test('thresholds are numbers ≥ 0', () => {
    expect(errorLines(kenyaWith({ suppression: { min_people: -1, min_test: 3, min_devices: '5' } }))).toEqual([
      `${F}: suppression.min_test: unknown key; did you mean "min_tests"?`,
      `${F}: suppression.min_people: expected a number ≥ 0, got -1`,
      `${F}: suppression.min_devices: expected a number ≥ 0, got the string "5"`,
    ]);
  });

  test('every measure is a column this project writes to districts.csv', () => {
    const measures = [
      'internet_use.total',
      'internet_use.total',
      'internet_use.totl',
      'internet_use',
      'hh_internet.total',
      'internet_use.gap.female-male',
      'internet_use.parity.male/female',
      'internet_use.gap.total-male',
      'tiles.fixed.share_tests_below_25mbps',
      'tiles.mobile.download_mbps',
      'tiles.by_period.download_mbps',
      'divide_index.all',
      'points.clinics.count',
      'internet_use..total',
      'no_such',
    ];
    const composite = { id: 'divide_index', pillars: [{ name: 'all', indicators: measures.map((measure) => ({ measure, direction: 'higher-is-better' })) }] };
    const layers = [{ ...tiles, by: undefined, threshold_mbps: 10 }, { ...tiles, name: 'by_period' }];
    expect(errorLines(kenyaWith({ tiles: layers, composite })).map((line) => line.replace(`${F}: composite.pillars[0].indicators`, ''))).toEqual([
      '[1].measure: "internet_use.total" is already in this pillar',
      '[2].measure: indicator "internet_use" has no group "totl" (groups: total, female, male)',
      '[3].measure: "internet_use" is a rate indicator; name one of its group columns (internet_use.total, internet_use.female, internet_use.male)',
      '[4].measure: "hh_internet" is a value indicator; its column is "hh_internet"',
      '[5].measure: the gap is declared as ["male", "female"]: write "internet_use.gap.male-female"',
      '[6].measure: the gap is declared as ["male", "female"]: write "internet_use.parity.female/male"',
      '[7].measure: indicator "internet_use" has no gap ["total", "male"] (its gap columns: internet_use.gap.male-female)',
      '[8].measure: tile layer "fixed" has no metric "share_tests_below_25mbps" (metrics: tiles, tests, devices, download_mbps, upload_mbps, latency_ms, share_tests_below_10mbps)',
      '[9].measure: no tile layer named "mobile" (tile layers: fixed, by_period)',
      '[10].measure: tile layer "by_period" is summarised by its "by" columns, so its figures are in tiles.by_period.csv, not districts.csv; use a layer without "by"',
      '[11].measure: "divide_index.all" is a column of the composite index itself; its measures are other columns',
      '[12].measure: no point layer named "clinics" (point layers: schools, health)',
      '[13].measure: "internet_use..total" is not a districts.csv column: write "<indicator>", "<indicator>.<group>", "<indicator>.gap.<a>-<b>", "<indicator>.parity.<b>/<a>", "tiles.<layer>.<metric>", "points.<layer>.count" or "points.<layer>.sum"',
      '[14].measure: no indicator "no_such" (indicators: internet_use, hh_internet)',
    ]);
  });

  test('id, normalisation, directions, pillar names and weights', () => {
    const composite = {
      id: 'internet_use',
      normalisation: 'minmax',
      pillars: [
        { name: 'adoption', weight: 0, indicators: [{ measure: 'internet_use.total', direction: 'higher' }] },
        { name: 'adoption', weight: 0, indicators: [{ measure: 'hh_internet', direction: 'higher-is-better', weight: 0 }] },
        { name: 'access', weight: -1, indicators: [] },
        { name: 'access & use', indicators: [{ measure: 'hh_internet', direction: 'higher-is-better' }] },
      ],
    };
    expect(errorLines(kenyaWith({ composite }))).toEqual([
      `${F}: composite.id: "internet_use" is already the id of indicators[0]`,
      `${F}: composite.normalisation: expected "min-max" or "z-score", got "minmax"; did you mean "min-max"?`,
      `${F}: composite.pillars[0].indicators[0].direction: expected "higher-is-better" or "higher-is-worse", got "higher"`,
      `${F}: composite.pillars[1].name: "adoption" is already the name of composite.pillars[0]`,
      `${F}: composite.pillars[1].indicators: every indicator weighs 0; give at least one a weight above 0`,
      `${F}: composite.pillars[2].weight: expected a number ≥ 0, got -1`,
      `${F}: composite.pillars[2].indicators: needs at least one indicator`,
      `${F}: composite.pillars[3].name: "access & use" is not a valid pillar name: use letters, digits and "_" (it becomes part of a column name)`,
    ]);
    const allZero = { id: 'divide_index', pillars: [{ name: 'adoption', weight: 0, indicators: [{ measure: 'hh_internet', direction: 'higher-is-better' }] }] };
    expect(errorLines(kenyaWith({ composite: allZero }))).toEqual([`${F}: composite.pillars: every pillar weighs 0; give at least one a weight above 0`]);
    expect(errorLines(kenyaWith({ composite: { id: 'divide_index', pillars: [] } }))).toEqual([`${F}: composite.pillars: needs at least one pillar`]);
  });
});

describe('parseProjectText', () => {
  const textErrors = (text: string): string[] => {
    const result = parseProjectText(text, F);
    return result.ok ? [] : formatProjectErrors(result.errors).split('\n');
  };

  test('a syntax error comes with its line and column', () => {
    const trailingComma = '{\n  "lastmile": 1,\n  "title": "Kenya",\n}\n';
    expect(parseProjectText(trailingComma, F)).toEqual({
      ok: false,
      errors: [{ file: F, path: '', line: 3, column: 19, message: 'not valid JSON: comma before "}": JSON allows no comma after the last item' }],
    });
    // V8 gives no position for a bare word; the scanner finds it (line 2, column 11 is the "d").
    expect(textErrors('{\n  "file": data.csv\n}')).toEqual([
      `${F}:2:11: not valid JSON: unexpected "data.csv": text goes in double quotes, and true, false and null in lower case`,
    ]);
  });

  test('a file cut short, an empty file, and a byte-order mark', () => {
    expect(textErrors('{"lastmile": 1')).toEqual([`${F}:1:15: not valid JSON: unexpected end of the file`]);
    expect(textErrors(' \n')).toEqual([`${F}: the file is empty`]);
    expect(textErrors(`\uFEFF${KENYA_TEXT}`)).toEqual([]);
  });

  test('valid JSON that is not a valid project gives the validator errors', () => {
    expect(textErrors('{"lastmile": 1, "title": "t"}')).toEqual([`${F}: missing required key "districts"`]);
  });
});

test('formatProjectErrors writes one line per error', () => {
  expect(
    formatProjectErrors([
      { file: F, path: 'indicators[1].table', message: 'no table named "asets" (tables: ict, assets)' },
      { file: F, path: '', message: 'missing required key "title"' },
      { file: F, path: '', message: 'not valid JSON: x', line: 3, column: 5 },
    ]),
  ).toBe([`${F}: indicators[1].table: no table named "asets" (tables: ict, assets)`, `${F}: missing required key "title"`, `${F}:3:5: not valid JSON: x`].join('\n'));
});

describe('point layers with a value', () => {
  test('points.<layer>.sum is a measure only for a layer with a "value" column; a point layer needs no id', () => {
    const [schools, health] = kenya.points;
    const composite = { id: 'idx', pillars: [{ name: 'p', indicators: [{ measure: 'points.schools.sum', direction: 'higher-is-better' }] }] };
    expect(errorLines(kenyaWith({ composite }))).toEqual(['kenya.lastmile.json: composite.pillars[0].indicators[0].measure: point layer "schools" has no "value" column, so it has no sum']);
    const { id: _id, ...withoutId } = schools!;
    expect(errorLines(kenyaWith({ points: [{ ...withoutId, value: 'level' }, health], composite }))).toEqual([]);
  });
});
