// lastmile.schema.json and the validator describe one format: these tests keep them in step
// without a schema library (src/core takes no dependencies, and tests need none for this).

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { filePathProblem, knownExtension } from '../../../src/core/project/files.ts';
import { DECIMAL_SEPARATORS, DIRECTIONS, GROUP_PATTERN, LANGUAGES, NAME_PATTERN, NORMALISATIONS } from '../../../src/core/project/keys.ts';
import { parseMeasure } from '../../../src/core/project/measure.ts';
import { formatProjectErrors, KNOWN_KEYS, parseProjectText, SUPPORTED_VERSIONS, validateProject } from '../../../src/core/project/validate.ts';
import { deepFreeze, errorLines, kenya } from './fixtures.ts';

interface Schema {
  readonly $schema?: string;
  readonly $ref?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly $defs?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly pattern?: string;
  readonly not?: Schema;
  readonly enum?: readonly string[];
  readonly const?: unknown;
  readonly propertyNames?: Schema;
}

const schemaText = readFileSync(new URL('../../../src/core/project/lastmile.schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(schemaText) as Schema;
const defs = schema.$defs ?? {};
type Section = keyof typeof KNOWN_KEYS;
const sectionSchema = (section: Section): Schema => (section === 'project' ? schema : defs[section]!);
const pattern = (s: Schema | undefined): RegExp => new RegExp(s?.pattern ?? '(?!)');

/** A project using every key of the format, each section at a known path. */
const full = deepFreeze({
  ...kenya,
  $schema: 'lastmile.schema.json',
  tables: [{ ...kenya.tables[0], decimal: ',', missing: [-9, 9999] }, ...kenya.tables.slice(1)],
  tiles: [
    {
      name: 'fixed',
      file: 'tiles.parquet',
      where: { network_type: 'fixed' },
      by: ['period'],
      threshold_mbps: 10,
      decimal: '.',
      columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' },
    },
  ],
  points: [{ ...kenya.points[0], where: { level: 'secondary' }, decimal: ',' }],
  indicators: [kenya.indicators[0], kenya.indicators[1]],
  regions: { table: 'population', column: 'region' },
  suppression: { min_people: 50, min_tests: 10, min_devices: 5 },
  composite: {
    id: 'divide_index',
    label: 'Divide index',
    normalisation: 'min-max',
    pillars: [{ name: 'adoption', weight: 1, indicators: [{ measure: 'internet_use.total', direction: 'higher-is-better', weight: 1 }] }],
  },
  scenarios: [
    {
      id: 'wifi',
      label: 'Public Wi-Fi',
      demand: { points: 'schools', weight: 'pupils', only_offline: 'internet_use.total' },
      groups: { women: { table: 'ict', column: 'pop3plus_female', percent: true }, girls: { column: 'girls' } },
      candidates: { points: 'schools', where: { ownership: 'Public' }, cost: 'cost', capacity: 500 },
      existing: { points: 'schools', where: { wifi: true } },
      site_type: 'wifi',
      radius_m: 500,
      capacity: 1000,
      max_sites: 30,
      budget: 100000,
      floors: { district: 0.2, groups: { women: 0.1 }, groups_per_district: true },
      objective: 'maximin',
      solver: 'exact',
      time_limit_s: 10,
      locked: ['schools:KE-SCH-00001'],
      forbidden: ['added:a1'],
      added: [{ id: 'a1', lon: 36.8, lat: -1.3, cost: 2500 }],
      phases: [{ year: 2027, budget: 50000, floors: { district: 0.1 } }, { year: 2028, budget: 50000 }],
    },
    {
      id: 'mesh',
      demand: { points: 'schools' },
      candidates: { points: 'schools', cost: 2500 },
      existing: { points: 'schools' },
      radius_m: 1000,
      budget: 50000,
      network: { backhaul: { points: 'schools', where: { fibre: true } }, existing_as_backhaul: true, link_m: 5000, link_cost_per_km: 100 },
    },
  ],
  sources: [{ file: 'ke_ict_by_sex.csv', title: '2019 Kenya Population and Housing Census', publisher: 'KNBS', licence: 'figures © KNBS', url: 'https://www.knbs.or.ke/' }],
});
const SECTION_PATH: Record<Section, readonly (string | number)[]> = {
  project: [],
  districts: ['districts'],
  table: ['tables', 0],
  tile: ['tiles', 0],
  tileColumns: ['tiles', 0, 'columns'],
  point: ['points', 0],
  indicator: ['indicators', 0],
  population: ['population'],
  regions: ['regions'],
  suppression: ['suppression'],
  composite: ['composite'],
  pillar: ['composite', 'pillars', 0],
  pillarIndicator: ['composite', 'pillars', 0, 'indicators', 0],
  scenario: ['scenarios', 0],
  scenarioDemand: ['scenarios', 0, 'demand'],
  scenarioGroup: ['scenarios', 0, 'groups', 'women'],
  scenarioCandidates: ['scenarios', 0, 'candidates'],
  scenarioExisting: ['scenarios', 0, 'existing'],
  scenarioFloors: ['scenarios', 0, 'floors'],
  addedSite: ['scenarios', 0, 'added', 0],
  scenarioNetwork: ['scenarios', 1, 'network'],
  scenarioBackhaul: ['scenarios', 1, 'network', 'backhaul'],
  scenarioPhase: ['scenarios', 0, 'phases', 0],
  source: ['sources', 0],
};

/** `full` with `key` removed from the object at `path` (a copy; `full` stays frozen). */
function without(path: readonly (string | number)[], key: string): unknown {
  const copy = structuredClone(full) as Record<string | number, unknown>;
  let o = copy;
  for (const step of path) o = o[step] as Record<string | number, unknown>;
  delete o[key];
  return copy;
}

/** "tiles[0].columns" from ['tiles', 0, 'columns']. */
const jsonPath = (path: readonly (string | number)[]): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

describe('lastmile.schema.json', () => {
  test('is JSON Schema 2020-12 for version 1 of the format', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties?.lastmile?.const).toBe(SUPPORTED_VERSIONS[0]);
    expect(SUPPORTED_VERSIONS).toEqual([1]);
  });

  test.each(Object.keys(KNOWN_KEYS) as Section[])('"%s" has exactly the keys the validator knows, and no others', (section) => {
    const s = sectionSchema(section);
    expect(Object.keys(s.properties ?? {}).sort()).toEqual([...KNOWN_KEYS[section]].sort());
    expect(s.additionalProperties).toBe(false);
  });

  test.each(Object.keys(KNOWN_KEYS) as Section[])('"%s" requires the same keys as the validator', (section) => {
    const required = sectionSchema(section).required ?? [];
    const prefix = SECTION_PATH[section].length === 0 ? 'kenya.lastmile.json: ' : `kenya.lastmile.json: ${jsonPath(SECTION_PATH[section])}: `;
    for (const key of KNOWN_KEYS[section]) {
      const reported = errorLines(without(SECTION_PATH[section], key)).some((line) => line.startsWith(`${prefix}missing required key "${key}"`));
      expect(reported, `${section}.${key}`).toBe(required.includes(key));
    }
  });

  test('the full project used above is valid', () => {
    expect(errorLines(full)).toEqual([]);
  });

  test('every property has a description, and every $ref resolves', () => {
    const missing: string[] = [];
    const walk = (s: unknown, where: string): void => {
      if (typeof s !== 'object' || s === null) return;
      const node = s as Schema & Record<string, unknown>;
      if (node.$ref !== undefined && !(node.$ref.replace('#/$defs/', '') in defs)) missing.push(`${where}: $ref ${node.$ref}`);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!(typeof child.description === 'string' && child.description.length > 10)) missing.push(`${where}.${key}: description`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  test('its patterns and choices are the validator’s', () => {
    expect(defs.name?.pattern).toBe(NAME_PATTERN.source);
    expect(defs.indicator?.properties?.rate?.propertyNames?.pattern).toBe(GROUP_PATTERN.source);
    expect(defs.pillar?.properties?.name?.pattern).toBe(GROUP_PATTERN.source);
    expect(defs.composite?.properties?.normalisation?.enum).toEqual(NORMALISATIONS);
    expect(defs.pillarIndicator?.properties?.direction?.enum).toEqual(DIRECTIONS);
    expect(defs.decimal?.enum).toEqual(DECIMAL_SEPARATORS);
    expect(schema.properties?.language?.enum).toEqual(LANGUAGES);
    for (const layer of ['table', 'tile', 'point']) expect(defs[layer]?.properties?.decimal?.$ref, layer).toBe('#/$defs/decimal');
  });

  test('its file patterns accept exactly the paths the validator accepts', () => {
    const rows = pattern(defs.rowsFile);
    const boundaries = pattern(defs.boundaryFile);
    const absolute = pattern(defs.relativePath?.not);
    const paths = ['a.csv', 'A.CSV', 'a.tsv.gz', 'a.txt', 'a.parquet', 'a.Parquet.GZ', 'a.gz', 'a.xlsx', 'csv', 'a.geojson', 'a.json', 'a.TopoJSON', 'a.shp'];
    for (const path of paths) {
      expect(rows.test(path), path).toBe(knownExtension(path, 'rows') !== undefined);
      expect(boundaries.test(path), path).toBe(knownExtension(path, 'boundaries') !== undefined);
    }
    for (const path of ['/data/a.csv', '\\\\server\\a.csv', 'C:\\a.csv', 'c:a.csv', 'https://x.org/a.csv', 'file:///a.csv', '../a.csv', 'data/a.csv', 'a:b.csv']) {
      expect(absolute.test(path), path).toBe(filePathProblem(path, 'rows') !== undefined);
    }
  });

  test('its measure pattern accepts exactly the keys parseMeasure can take apart', () => {
    const measure = pattern(defs.pillarIndicator?.properties?.measure);
    const keys = [
      'hh_internet', 'internet_use.total', 'internet_use.gap.male-female', 'internet_use.parity.female/male', 'tiles.fixed.download_mbps',
      'tiles.fixed.share_tests_below_0.5mbps', 'points.schools.count', 'points.schools.total', 'internet_use..total', 'internet_use.gap.a-b-c',
      'internet_use.parity.a-b', '1st.total', 'a.b.c', 'a.gap.b', 'internet use', '',
    ];
    for (const key of keys) expect(measure.test(key), key).toBe(parseMeasure(key) !== undefined);
  });
});

describe('lastmile.schema.json, run by a JSON Schema validator (ajv)', () => {
  // strictRequired is off: "required" inside oneOf/anyOf names keys defined beside it, as 2020-12 allows.
  const check = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
  const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../examples/${name}.lastmile.json`, import.meta.url), 'utf8')) as { scenarios?: Record<string, unknown>[] };

  test('accepts the example projects and the project using every key', () => {
    for (const name of ['kenya', 'hawaii', 'nairobi-wifi']) expect(check(example(name)), name).toBe(true);
    expect(check(full)).toBe(true);
  });

  test('rejects scenarios the validator rejects: a share above 1, no limit, a zero radius, an unknown key', () => {
    const nairobi = example('nairobi-wifi');
    const first = nairobi.scenarios![0]!;
    const { max_sites: _m, budget: _b, ...noLimit } = first;
    for (const scenario of [{ ...first, floors: { district: 20 } }, noLimit, { ...first, radius_m: 0 }, { ...first, radius: 500 }]) {
      const project = { ...nairobi, scenarios: [scenario] };
      expect(check(project), JSON.stringify(scenario).slice(0, 80)).toBe(false);
      expect(validateProject(project).ok).toBe(false);
    }
  });
});

describe('docs/project-file.md', () => {
  const docs = readFileSync(new URL('../../../docs/project-file.md', import.meta.url), 'utf8');
  const blocks = [...docs.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2]! }));
  const projects = blocks.filter((b) => b.lang === 'json').map((b) => JSON.parse(b.text) as unknown);

  test('its examples are the three example projects, and every example project is valid', () => {
    expect(projects[0]).toEqual(kenya);
    expect(projects[1]).toEqual(JSON.parse(readFileSync(new URL('../../../examples/hawaii.lastmile.json', import.meta.url), 'utf8')));
    expect(projects[2]).toEqual(JSON.parse(readFileSync(new URL('../../../examples/nairobi-wifi.lastmile.json', import.meta.url), 'utf8')));
    expect(projects.length).toBeGreaterThanOrEqual(2);
    for (const project of projects) expect(validateProject(project).ok).toBe(true);
  });

  test('the error messages it shows are the ones the validator writes', () => {
    const shown = blocks.filter((b) => b.lang === '' && b.text.startsWith('kenya.lastmile.json')).flatMap((b) => b.text.trim().split('\n'));
    const [ict, assets, population] = kenya.tables;
    const composite = { id: 'divide_index', pillars: [{ name: 'gender', indicators: [{ measure: 'internet_use.gap.female-male', direction: 'higher-is-worse' }] }] };
    const written = [
      ...errorLines(deepFreeze({ ...kenya, indicator: [] })),
      ...errorLines(deepFreeze({ ...kenya, tables: [ict, assets, { ...population, name: 'ict' }] })),
      ...errorLines(deepFreeze({ ...kenya, indicators: [kenya.indicators[0], { ...kenya.indicators[1], table: 'asets' }] })),
      ...errorLines(deepFreeze({ ...kenya, indicators: [{ ...kenya.indicators[0], gaps: [['male', 'femal']] }] })),
      ...errorLines(deepFreeze({ ...kenya, districts: { ...kenya.districts, file: '/home/ana/ke_counties.geojson' } })),
      ...errorLines(deepFreeze({ ...kenya, composite: { ...composite, pillars: [{ name: 'gender', indicators: [{ measure: 'internet_use.total', direction: 'higher-is-better' }, ...composite.pillars[0]!.indicators] }] } })),
    ];
    written.push(...errorLines(deepFreeze({ ...kenya, scenarios: [{ id: 'wifi', demand: { points: 'scools' }, candidates: { points: 'schools', cost: 2500 }, radius_m: 500, max_sites: 30 }] })));
    for (const text of ['{\n  "lastmile": 1,\n  "title": "Kenya",\n}', '{\n  "file": data.csv\n}']) {
      const result = parseProjectText(text, 'kenya.lastmile.json');
      if (!result.ok) written.push(...formatProjectErrors(result.errors).split('\n'));
    }
    expect(shown.length).toBe(9);
    for (const line of shown) expect(written).toContain(line);
  });
});
