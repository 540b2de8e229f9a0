// The district profile on the Kenya example (issue #19): its explanations carry the district's
// own census counts (read here straight from the CSV), the composite parts add up to the index
// in districts.csv, the reference for internet use is the national rate KNBS publishes, and a
// withheld figure says why without its count.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runView } from '../../src/app/run-view.ts';
import { compositeParts } from '../../src/core/indicators/composite-parts.ts';
import { explainFigure } from '../../src/state/explain.ts';
import { measuresOf, type Measure } from '../../src/state/measures.ts';
import { districtProfile } from '../../src/state/profile.ts';
import type { RunView } from '../../src/state/run-view.ts';
import { english } from '../helpers/words.ts';
import { kenyaRun } from '../helpers/kenya-run.ts';
import { DATA } from '../helpers/paths.ts';

/** The ICT table's rows by geo_id, as text (the file as KNBS figures are published). */
function ictRows(): Map<string, Record<string, string>> {
  const [head, ...lines] = readFileSync(path.join(DATA, 'kenya/ke_ict_by_sex.csv'), 'utf8').trim().split('\n');
  const names = head!.split(',').map((h) => h.replace(/"/g, ''));
  return new Map(lines.map((l) => {
    const cells = l.split(',').map((c) => c.replace(/"/g, ''));
    return [cells[0]!, Object.fromEntries(names.map((n, i) => [n, cells[i]!]))];
  }));
}

describe('the Kenya district profile', () => {
  let view: RunView;
  let measures: Measure[];
  let byKey: Map<string, Measure>;
  const ict = ictRows();
  beforeAll(async () => {
    view = runView(await kenyaRun(150_000));
    measures = measuresOf(view.columns);
    byKey = new Map(measures.map((m) => [m.key, m]));
  }, 60_000);
  const indexOf = (name: string) => view.districts.names.indexOf(name);
  const csvRow = (name: string) => {
    const lines = view.outputs()['districts.csv']!.trim().split('\n');
    const head = lines[0]!.split(',');
    const row = lines.find((l) => l.split(',').includes(name))!.split(',');
    return Object.fromEntries(head.map((h, i) => [h, row[i]!]));
  };

  test("Nairobi's internet use is explained with its own census counts", () => {
    const d = indexOf('Nairobi');
    const geo = view.districts.ids[d]!;
    const counts = ict.get(geo)!;
    const fmt = (s: string) => Number(s).toLocaleString('en');
    const rate = (100 * Number(counts.internet_user_total)) / Number(counts.pop3plus_total);
    expect(explainFigure(byKey.get('internet_use.total')!, d, { run: view, measures: byKey }, english)).toBe(
      `${fmt(counts.internet_user_total!)} (internet_user_total) ÷ ${fmt(counts.pop3plus_total!)} (pop3plus_total) = ${rate.toFixed(1)} %`,
    );
  });

  test('the gap and parity are explained from the two rates as shown', () => {
    const d = indexOf('Turkana');
    const text = explainFigure(byKey.get('internet_use.gap.male-female')!, d, { run: view, measures: byKey }, english);
    expect(text).toMatch(/^male \d+\.\d % − female \d+\.\d % = [+−]\d+\.\d pp$/);
  });

  test('the parts of the composite index add up to the index in districts.csv', () => {
    for (const name of ['Mombasa', 'Nairobi', 'Turkana']) {
      const parts = compositeParts(view.project.composite!, view.columns, indexOf(name));
      const sum = parts.reduce((s, p) => s + p.contribution, 0);
      expect(sum).toBeCloseTo(Number(csvRow(name).inclusion_index), 5);
    }
  });

  test('the population-weighted reference of internet use is the national rate (KNBS: 22.6 %)', () => {
    const profile = districtProfile(measures, indexOf('Nairobi'), view.population);
    const total = profile.find((s) => s.id === 'internet_use')!.figures.find((f) => f.measure.key === 'internet_use.total')!;
    expect(total.referenceKind).toBe('weighted-mean');
    // Weighted by pop3plus_total, the mean of the rates is Σ users ÷ Σ people over the 47 counties.
    expect(total.reference).toBeCloseTo(22.6, 0);
    expect(Math.abs(total.reference - 22.6)).toBeLessThan(0.05);
  });

  test('ranks count only counties with a figure; school counts have a total as reference', () => {
    const profile = districtProfile(measures, indexOf('Nairobi'), view.population);
    const schools = profile.find((s) => s.id === 'points.schools')!.figures[0]!;
    expect(schools.referenceKind).toBe('total');
    expect(schools.rank!.of).toBe(47);
  });

  test('a withheld figure says why and shows no count', () => {
    const m = byKey.get('internet_use.female')!;
    const d = Array.from(m.suppressed!).indexOf(1);
    expect(d).toBeGreaterThanOrEqual(0);
    const text = explainFigure(m, d, { run: view, measures: byKey }, english);
    expect(text).toBe("Withheld: it rests on fewer than 150,000 people (the project's small-number rule), so neither the figure nor its counts are shown");
    const counts = ict.get(view.districts.ids[d]!)!;
    expect(text).not.toContain(Number(counts.pop3plus_female).toLocaleString('en'));
  });
});
