// Disclosure control on export (issue #20): a figure that small-number protection withholds
// stays withheld in every format — districts.csv, districts.geojson, districts.parquet
// (read back with hyparquet), the report's table and maps, and the map image's SVG and alt
// text. Kenya with min_people 150,000 withholds the smallest counties' rates by sex; the same run
// without protection gives the values that must not appear.
import { parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { beforeAll, expect, test } from 'vitest';
import { districtsGeoJsonFile, districtsGeoParquet } from '../../src/engine/district-exports.ts';
import { districtsCsv } from '../../src/engine/outputs.ts';
import { reportFigure, reportHtml } from '../../src/engine/report-html.ts';
import { catalogueReportLanguage } from '../../src/engine/report-words.ts';
import type { ProjectRun } from '../../src/engine/run-project.ts';
import { measuresOf } from '../../src/state/measures.ts';
import { mapImage } from '../../src/ui/export/map-image.ts';
import { kenyaRun } from '../helpers/kenya-run.ts';

interface Withheld {
  readonly column: string;
  readonly d: number;
  /** The figure without protection. */
  readonly value: number;
}

let run: ProjectRun;
let withheld: Withheld[];

beforeAll(async () => {
  run = await kenyaRun(150_000);
  const open = await kenyaRun(0);
  withheld = run.columns.flatMap((c) => {
    const raw = open.columns.find((o) => o.name === c.name)!;
    return [...(c.suppressed ?? [])].flatMap((flag, d) => (flag ? [{ column: c.name, d, value: raw.values[d]! }] : []));
  });
}, 120_000);

test('protection withholds rates (by sex, their gap and parity, and Lamu’s total) here, and the unprotected run has a value for each', () => {
  expect(new Set(withheld.map((w) => w.column))).toEqual(new Set(['internet_use.total', 'internet_use.female', 'internet_use.male', 'internet_use.gap.male-female', 'internet_use.parity.female/male']));
  expect(new Set(withheld.map((w) => w.d)).size).toBeGreaterThan(1);
  expect(withheld.every((w) => Number.isFinite(w.value))).toBe(true);
});

test('a composite figure built on a withheld one is missing, not computed from the hidden value', () => {
  const equity = run.columns.find((c) => c.name === 'inclusion_index.gender_equity')!;
  for (const w of withheld.filter((x) => x.column === 'internet_use.parity.female/male')) expect(equity.values[w.d]).toBeNaN();
});

test('no withheld figure appears in any export format', async () => {
  const names = run.opened.districts.names;
  const csv = Papa.parse<Record<string, string>>(districtsCsv(run), { header: true }).data;
  const geojson = (JSON.parse(districtsGeoJsonFile(run)) as { features: { properties: Record<string, unknown> }[] }).features;
  const bytes = districtsGeoParquet(run);
  const parquet = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })) as Record<string, unknown>[];
  const report = reportHtml(run, [], { maps: run.columns.filter((c) => c.suppressed).map((c) => c.name) });
  const tableColumns = run.columns.filter((c) => !c.margin).map((c) => c.name);
  const measures = measuresOf(run.columns);

  for (const w of withheld) {
    const where = `${w.column} of ${names[w.d]}`;
    const column = run.columns.find((c) => c.name === w.column)!;
    expect([where, csv[w.d]![w.column], csv[w.d]![`${w.column}.suppressed`]]).toEqual([where, '', '1']);
    expect([where, geojson[w.d]!.properties[w.column], geojson[w.d]!.properties[`${w.column}.suppressed`]]).toEqual([where, null, 1]);
    expect([where, parquet[w.d]![w.column] ?? null, parquet[w.d]![`${w.column}.suppressed`]]).toEqual([where, null, 1]);

    // The report's table: the district's row says "withheld" in that column.
    const row = report.split('<tr><th scope="row">').find((r) => r.startsWith(`${names[w.d]} <span class="meta">${run.opened.districts.ids[w.d]}</span>`))!;
    const cells = row.split('<td').slice(1);
    expect([where, cells[tableColumns.indexOf(w.column)]]).toEqual([where, ' class="n withheld">withheld</td>']);
    // The report's map of that column, and the map image's SVG and alt text.
    const figure = reportFigure(w.value, column.unit);
    expect(report).toContain(`<title>${names[w.d]}: withheld (small numbers)</title>`);
    expect(report).not.toContain(`<title>${names[w.d]}: ${figure}</title>`);
    const measure = measures.find((m) => m.key === w.column)!;
    const image = mapImage({ title: 'Kenya', measure, districts: run.opened.districts, noun: 'county', credits: ['KNBS'] });
    expect(image.svg).toContain(`<title>${names[w.d]}: withheld (small numbers)</title>`);
    expect(image.alt).not.toContain(`${names[w.d]} (`);
    // Even given the unprotected values, the flags alone keep them out of the image.
    const leaky = mapImage({ title: 'Kenya', measure: { ...measure, values: Float64Array.from(measure.values, (v, d) => (d === w.d ? w.value : v)) }, districts: run.opened.districts, noun: 'county', credits: ['KNBS'] });
    expect(leaky.alt).toBe(image.alt);
    expect(leaky.svg).toBe(image.svg);
  }
});

test('a report in French or Arabic withholds the same figures, in its own words and digits', () => {
  const names = run.opened.districts.names;
  const tableColumns = run.columns.filter((c) => !c.margin).map((c) => c.name);
  const maps = run.columns.filter((c) => c.suppressed).map((c) => c.name);
  // The catalogue's words for "withheld" (src/i18n/locales/fr.json, ar.json).
  for (const [code, cell, title] of [['fr', 'masqué', 'masqué (petits effectifs)'], ['ar', 'محجوب', 'محجوب (أعداد صغيرة)']] as const) {
    const language = catalogueReportLanguage(code);
    const report = reportHtml(run, [], { maps, language });
    for (const w of withheld) {
      const where = `${code}: ${w.column} of ${names[w.d]}`;
      const column = run.columns.find((c) => c.name === w.column)!;
      const row = report.split('<tr><th scope="row">').find((r) => r.startsWith(`${names[w.d]} <span class="meta">${run.opened.districts.ids[w.d]}</span>`))!;
      expect([where, row.split('<td').slice(1)[tableColumns.indexOf(w.column)]]).toEqual([where, ` class="n withheld">${cell}</td>`]);
      expect(report).toContain(`<title>${names[w.d]}: ${title}</title>`);
      // Neither the value in this language's notation nor in English appears as the district's figure.
      for (const figure of [reportFigure(w.value, column.unit, language), reportFigure(w.value, column.unit)]) expect([where, report.includes(`<title>${names[w.d]}: ${figure}</title>`)]).toEqual([where, false]);
    }
  }
});
