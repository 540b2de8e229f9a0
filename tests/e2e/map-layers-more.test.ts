// Issue #18 "every layer visible", three faults found by a planner, in real Chromium: the
// legend stays over speed tiles zoomed in under it; schools shown on the map stay drawn in
// planning mode; the map filter offers a value that appears only after row 10,000 of the
// Ministry of Education's school list, with how many values the column holds.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { colourDistance, pixelAt, waitForIdle } from './page-helpers.ts';
import { planning } from './planning-helpers.ts';

const SHARED = process.env.LASTMILE_SHARED_DATA ?? path.resolve(import.meta.dirname, '../../../shared/data');
const work = mkdtempSync(path.join(tmpdir(), 'lastmile-map-layers-'));
type Row = Record<string, string>;

/** A project file beside copies of (or rewritten) data files. */
function fixture(name: string, project: object, files: Readonly<Record<string, string>>): string[] {
  const dir = mkdtempSync(path.join(work, `${name}-`));
  for (const [base, from] of Object.entries(files)) copyFileSync(from, path.join(dir, base));
  const file = path.join(dir, `${name}.lastmile.json`);
  writeFileSync(file, JSON.stringify({ lastmile: 1, ...project }));
  return [file, ...Object.keys(files).map((f) => path.join(dir, f))];
}

const hawaii = fixture('hawaii', {
  title: 'Hawaii fixed tiles under the legend',
  districts: { file: 'hi_counties.geojson', id: 'geo_id', name: 'county_name', noun: 'county' },
  tiles: [{ name: 'fixed', file: 'hi_ookla_tiles_2022.csv', where: { network_type: 'fixed' }, by: ['period'], columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' } }],
}, { 'hi_counties.geojson': path.join(SHARED, 'hawaii/hi_counties.geojson'), 'hi_ookla_tiles_2022.csv': path.join(SHARED, 'hawaii/hi_ookla_tiles_2022.csv') });

/** The school list sorted by district, its rarest district (Kibish, 5 schools) moved to the very end. */
function schoolsRareLast(): { file: string; rows: Row[]; rare: string; districts: number } {
  const parsed = Papa.parse<Row>(readFileSync(path.join(SHARED, 'kenya/facilities/ke_schools_moe.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  const counts = new Map<string, number>();
  for (const r of parsed.data) if (r.district) counts.set(r.district, (counts.get(r.district) ?? 0) + 1);
  const rare = [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
  const rows = [...parsed.data].sort((a, b) => Number(a.district === rare) - Number(b.district === rare) || a.district!.localeCompare(b.district!));
  const file = path.join(work, 'ke_schools_rare_last.csv');
  writeFileSync(file, Papa.unparse(rows, { columns: parsed.meta.fields! }));
  return { file, rows, rare, districts: counts.size };
}
const schools = schoolsRareLast();
const kenya = fixture('schools', {
  title: 'Kenya counties and schools (rare district last)',
  districts: { file: 'ke_counties.geojson', id: 'geo_id', name: 'county_name', noun: 'county' },
  points: [{ name: 'schools', file: 'ke_schools_rare_last.csv', id: 'school_id', lon: 'lon', lat: 'lat' }],
}, { 'ke_counties.geojson': path.join(SHARED, 'kenya/boundaries/ke_counties.geojson'), 'ke_schools_rare_last.csv': schools.file });

async function openProject(page: Page, files: readonly string[], title: string) {
  await page.getByTestId('open-project-input').setInputFiles([...files]);
  await page.waitForFunction((t) => (document.querySelector('.project-title-input') as HTMLInputElement | null)?.value === t, title);
  await waitForIdle(page);
}

const drawnPoints = (page: Page) => page.evaluate(() => window.lastmileMap!.drawnPoints());
const layer = (page: Page, name: string) => page.locator(`.map-layers-panel [data-map-layer="${name}"]`);

describe.skipIf(inject('browserMissing'))('map layers: over, under and while planning', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(inject('baseUrl'));
    await waitForIdle(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('speed tiles zoomed in under the legend stay under it: the legend is what is at its corners and its centre, and it reads white', async () => {
    await openProject(page, hawaii, 'Hawaii fixed tiles under the legend');
    await layer(page, 'fixed').getByRole('checkbox', { name: 'Show fixed tiles' }).check();
    await waitForIdle(page);
    const legend = (await page.locator('.legend').boundingBox())!;
    const map = (await page.locator('.map').boundingBox())!;
    // Honolulu (157.86° W, 21.31° N) at zoom 13, moved so that it lies under the legend's centre: dense fixed tiles fill the legend's box.
    await page.evaluate(() => window.lastmileMap!.jumpTo(-157.86, 21.31, 13));
    await waitForIdle(page);
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.down();
    await page.mouse.move(legend.x + legend.width / 2, legend.y + legend.height / 2, { steps: 8 });
    await page.mouse.up();
    await waitForIdle(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    const points: [number, number][] = [[legend.x + 2, legend.y + 2], [legend.x + legend.width - 2, legend.y + legend.height - 2], [legend.x + legend.width / 2, legend.y + legend.height / 2]];
    for (const [x, y] of points) expect(await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('.legend'), [x, y]), `${x},${y}`).toBe(true);
    // A tile is drawn there (the map beside the legend is not the sea's pale blue)…
    const [tx, ty] = [legend.x + legend.width + 40, legend.y + legend.height / 2];
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName, [tx, ty])).toBe('CANVAS');
    // …and the legend's own padding reads near-white over it (its background is 92 % white).
    expect(colourDistance(await pixelAt(page, legend.x + legend.width - 4, legend.y + 4), [255, 255, 255])).toBeLessThan(40);
  });

  test('a rare value after row 10,000 is offered by the map filter, with its count, and the column\'s number of values', async () => {
    const at = schools.rows.findIndex((r) => r.district === schools.rare);
    expect(at).toBeGreaterThan(10_000);
    await openProject(page, kenya, 'Kenya counties and schools (rare district last)');
    await layer(page, 'schools').getByRole('checkbox', { name: 'Show schools' }).check();
    await waitForIdle(page);
    await layer(page, 'schools').getByLabel('Only where', { exact: true }).selectOption('district');
    const values = layer(page, 'schools').getByLabel('is', { exact: true });
    const rare = schools.rows.filter((r) => r.district === schools.rare).length;
    await expect.poll(() => values.locator('option').count(), { timeout: 30_000 }).toBe(schools.districts + 1);
    expect(await values.locator('option').last().innerText()).toBe(`${schools.rare} (${rare} rows)`);
    expect(await page.getByTestId('filter-values-schools').innerText()).toBe(`Values in the whole column: ${schools.districts}`);
    await values.selectOption(schools.rare);
    await expect.poll(() => drawnPoints(page), { timeout: 60_000 }).toBe(rare);
  });

  test('schools shown before planning stay drawn in planning mode, and the map layers panel stays beside the plan', async () => {
    await layer(page, 'schools').getByLabel('Only where', { exact: true }).selectOption('');
    await expect.poll(() => drawnPoints(page), { timeout: 60_000 }).toBe(schools.rows.filter((r) => Number.isFinite(Number.parseFloat(r.lat!)) && Number.isFinite(Number.parseFloat(r.lon!))).length);
    const shown = await drawnPoints(page);
    await page.getByRole('button', { name: 'Plan sites' }).click();
    await planning(page).waitFor();
    await waitForIdle(page);
    expect(await drawnPoints(page)).toBe(shown);
    await expect.poll(() => layer(page, 'schools').getByRole('checkbox', { name: 'Show schools' }).isChecked()).toBe(true);
    // Hidden from the plan's side, they leave the map.
    await layer(page, 'schools').getByRole('checkbox', { name: 'Show schools' }).uncheck();
    await expect.poll(() => drawnPoints(page), { timeout: 30_000 }).toBe(0);
  });
  test('the add-data dialog offers the rare district from the whole file, not the first rows, with its row count', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await fresh.goto(inject('baseUrl'));
    await waitForIdle(fresh);
    await fresh.getByTestId('add-data-input').setInputFiles(schools.file);
    const dialog = fresh.locator('dialog.add-data-dialog[open]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Add a filter' }).click();
    await dialog.getByLabel('filter 1 column').selectOption('district');
    await expect.poll(() => dialog.locator('#filter-0-status').innerText(), { timeout: 60_000 }).toBe(`Values in the whole file: ${schools.districts}`);
    const offered = await dialog.locator('#filter-0-values option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, (o as HTMLOptionElement).label]));
    const rare = schools.rows.filter((r) => r.district === schools.rare).length;
    expect(offered).toHaveLength(schools.districts);
    // Sorted last in the file, it is offered last (least frequent) with its own count.
    expect(offered.at(-1)).toEqual([schools.rare, `rows: ${rare}`]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await fresh.close();
  });
});
