// Issue #18 "every layer visible", in real Chromium, on files the app does not bundle:
// the Ministry of Education's 37,930 Kenyan schools drawn, filtered and coloured by a column,
// and Hawaii's 2022 Ookla fixed tiles (four quarters) drawn by speed, hovered, and mapped
// quarter by quarter with the figures `lastmile run` exports in tiles.<name>.csv.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { sink } from '../helpers/sink.ts';
import { launchChromium } from './browser.ts';
import { pageCountersScript, type PageCounts } from '../../bench/browser/page-counters.ts';
import { waitForIdle } from './page-helpers.ts';
import { axeViolations } from './planning-helpers.ts';

const SHARED = process.env.LASTMILE_SHARED_DATA ?? path.resolve(import.meta.dirname, '../../../shared/data');
const work = mkdtempSync(path.join(tmpdir(), 'lastmile-layers-'));
const SHOTS = process.env.LASTMILE_SHOTS ?? work;
type Row = Record<string, string>;
const csvRows = (file: string) => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** A project file beside copies of its data files (the CLI reads it; the app is handed the same files). */
function fixture(name: string, project: object, files: readonly string[]): string[] {
  const dir = mkdtempSync(path.join(work, `${name}-`));
  for (const f of files) copyFileSync(f, path.join(dir, path.basename(f)));
  const file = path.join(dir, `${name}.lastmile.json`);
  writeFileSync(file, JSON.stringify({ lastmile: 1, ...project }));
  return [file, ...files.map((f) => path.join(dir, path.basename(f)))];
}

const SCHOOLS = path.join(SHARED, 'kenya/facilities/ke_schools_moe.csv');
const schools = fixture('schools', {
  title: 'Kenya counties and schools (layers)',
  districts: { file: 'ke_counties.geojson', id: 'geo_id', name: 'county_name', noun: 'county' },
  points: [{ name: 'schools', file: 'ke_schools_moe.csv', id: 'school_id', lon: 'lon', lat: 'lat' }],
}, [path.join(SHARED, 'kenya/boundaries/ke_counties.geojson'), SCHOOLS]);

const TILES = path.join(SHARED, 'hawaii/hi_ookla_tiles_2022.csv');
const hawaii = fixture('hawaii', {
  title: 'Hawaii fixed speeds by quarter (layers)',
  districts: { file: 'hi_counties.geojson', id: 'geo_id', name: 'county_name', noun: 'county' },
  tiles: [{ name: 'fixed', file: 'hi_ookla_tiles_2022.csv', where: { network_type: 'fixed' }, by: ['period'], columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' } }],
}, [path.join(SHARED, 'hawaii/hi_counties.geojson'), TILES]);

async function openProject(page: Page, files: readonly string[], title: string) {
  await page.getByTestId('open-project-input').setInputFiles([...files]);
  await page.waitForFunction((t) => (document.querySelector('.project-title-input') as HTMLInputElement | null)?.value === t, title);
  await waitForIdle(page);
}

const drawnPoints = (page: Page) => page.evaluate(() => window.lastmileMap!.drawnPoints());

/** WebGL work of one interaction (bench/browser/page-counters.ts): reset, act, wait until drawn. */
async function counted(page: Page, act: () => Promise<void>): Promise<PageCounts> {
  // What an earlier step handed deck.gl is uploaded on its next frame: let that frame pass first.
  await waitForIdle(page);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  await page.evaluate(() => window.lastmileBench!.reset());
  await act();
  await waitForIdle(page);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  return page.evaluate(() => window.lastmileBench!.counts);
}

describe.skipIf(inject('browserMissing'))('every layer visible', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(pageCountersScript());
    await page.goto(inject('baseUrl'));
    await waitForIdle(page);
    await openProject(page, schools, 'Kenya counties and schools (layers)');
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  const panel = () => page.locator('.map-layers-panel');
  const layer = (name: string) => panel().locator(`[data-map-layer="${name}"]`);

  test('schools: hidden at first, then every school with coordinates drawn; a filter leaves exactly the matching rows', async () => {
    const rows = csvRows(SCHOOLS);
    const located = (r: Row) => Number.isFinite(Number.parseFloat(r.lat!)) && Number.isFinite(Number.parseFloat(r.lon!));
    expect(await drawnPoints(page)).toBe(0);
    const show = await counted(page, async () => {
      await layer('schools').getByRole('checkbox', { name: 'Show schools' }).check();
      await expect.poll(() => drawnPoints(page), { timeout: 60_000 }).toBe(rows.filter(located).length);
    });
    // The points' own attributes only (positions in 64-bit halves, radius, line width: ≤ 48 bytes
    // a point); the 47 counties' polygons (megabytes tessellated) are not uploaded again.
    console.info(`show 37,930 schools: ${JSON.stringify({ ...show, longTasks: show.longTasks.length })}`);
    expect(show.geometryBytes).toBeLessThanOrEqual(48 * 37_930);
    expect(show.readPixels).toBe(0);
    await expect.poll(() => layer('schools').getByTestId('points-drawn-schools').innerText()).toBe(`Points drawn: ${rows.filter(located).length.toLocaleString('en')}.`);

    await layer('schools').getByLabel('Only where').selectOption('level');
    const value = layer('schools').getByLabel('is', { exact: true });
    await expect.poll(() => value.locator('option').count()).toBeGreaterThan(2);
    await value.selectOption('Secondary');
    const secondary = rows.filter((r) => r.level === 'Secondary' && located(r)).length;
    expect(secondary).toBe(8833); // the file's own count (README: 37,930 schools, Primary and Secondary)
    await expect.poll(() => drawnPoints(page), { timeout: 60_000 }).toBe(secondary);
  });

  test('coloured by a column: a legend entry per category, counting the points drawn', async () => {
    await layer('schools').getByLabel('Only where').selectOption('');
    await expect.poll(() => drawnPoints(page), { timeout: 60_000 }).toBe(37_930);
    const legend = layer('schools').locator('.map-layer-legend');
    const recolour = await counted(page, async () => {
      await layer('schools').getByLabel('Size or colour by').selectOption('ownership');
      await legend.waitFor();
    });
    // A colour per point is bytes, not geometry: positions stay on the GPU as they were.
    console.info(`colour 37,930 schools by ownership: ${JSON.stringify({ ...recolour, longTasks: recolour.longTasks.length })}`);
    expect(recolour.geometryBytes).toBe(0);
    const counts = (await legend.locator('li .count').allInnerTexts()).map((t) => Number(t.replace(/[(),]/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(37_930);
    await waitForIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'layers-schools-1440.png') });
  });

  test('axe-core finds no violation in the layers panel', async () => {
    expect(await axeViolations(page, '.map-layers-panel')).toEqual([]);
  });

  test('Hawaii tiles: a tile hovered names its speed as the file gives it, with tests, devices and quarter', async () => {
    await openProject(page, hawaii, 'Hawaii fixed speeds by quarter (layers)');
    await layer('fixed').getByRole('checkbox', { name: 'Show fixed tiles' }).check();
    // The busiest fixed tile of 2022Q4 in Honolulu; the tiles shown are the last quarter's at first.
    const tile = csvRows(TILES).find((r) => r.quadkey === '0222111112333132' && r.period === '2022Q4' && r.network_type === 'fixed')!;
    await expect.poll(() => layer('fixed').locator('.counts').innerText(), { timeout: 60_000 }).toBe('Tiles drawn: 4,426.');
    await page.evaluate(([lon, lat]) => window.lastmileMap!.jumpTo(lon!, lat!, 14), [Number(tile.tile_x), Number(tile.tile_y)]);
    await waitForIdle(page);
    const box = (await page.locator('.map').boundingBox())!;
    const [x, y] = await page.evaluate(([lon, lat]) => window.lastmileMap!.project(lon!, lat!), [Number(tile.tile_x), Number(tile.tile_y)]);
    // Two moves: deck.gl picks on pointer movement over its canvas.
    await page.mouse.move(box.x + x - 5, box.y + y - 5);
    await page.mouse.move(box.x + x, box.y + y, { steps: 3 });
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor({ timeout: 30_000 });
    const kbps = Number(tile.avg_d_kbps);
    expect((await tooltip.innerText()).split('\n')).toEqual([
      'fixed · 2022Q4',
      `Download ${(kbps / 1000).toFixed(1)} Mbps (${kbps.toLocaleString('en')} kbps in the file)`,
      `Tests: ${Number(tile.tests).toLocaleString('en')}`,
      `Devices: ${Number(tile.devices).toLocaleString('en')}`,
    ]);
  });

  test('"Map shows" a quarter\'s speed; the period switch changes Honolulu\'s figure to the export\'s for that quarter', async () => {
    const out = path.join(work, 'hawaii-out');
    expect(await main(['run', hawaii[0]!, '--root', path.dirname(hawaii[0]!), '--out', out, '-q'], sink(), sink())).toBe(0);
    const exported = csvRows(path.join(out, 'tiles.fixed.csv'));
    const figure = (period: string) => Number(exported.find((r) => r.district_id === '15003' && r.period === period)!.download_mbps);
    const periods = ['2022Q1', '2022Q2', '2022Q3', '2022Q4'];
    const picker = page.locator('.measure-picker select');
    await picker.selectOption('tiles.fixed.download_mbps@3');
    await waitForIdle(page);
    const cell = (k: number) => page.locator(`tr[data-district-id="15003"] td[data-measure="tiles.fixed.download_mbps@${k}"]`);
    expect(await cell(3).innerText()).toBe(`${figure('2022Q4').toFixed(1)} Mbps`);
    const period = page.locator('.app-header .period-control select');
    await period.focus();
    await period.selectOption({ label: '2022Q1' });
    await waitForIdle(page);
    expect(await cell(0).innerText()).toBe(`${figure('2022Q1').toFixed(1)} Mbps`);
    expect(figure('2022Q1')).not.toBe(figure('2022Q4'));
    // Map, legend and tiles follow the quarter: the picker's figure, the legend's title, the tiles drawn.
    expect(await picker.inputValue()).toBe('tiles.fixed.download_mbps@0');
    expect(await page.locator('.legend figcaption').innerText()).toContain('2022Q1');
    expect(await layer('fixed').locator('.counts').innerText()).toBe(`Tiles drawn: ${csvRows(TILES).filter((r) => r.period === periods[0] && r.network_type === 'fixed').length.toLocaleString('en')}.`);
    await page.locator('.fit-all').click();
    await waitForIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'layers-tiles-1440.png') });
    expect(await axeViolations(page, '.map-layers-panel')).toEqual([]);
  });

  test('390 px: the panel fits the phone, nothing overflows sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Table' }).click();
    await waitForIdle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'layers-390-figures.png') });
    await page.getByRole('button', { name: 'Map' }).click();
    await waitForIdle(page);
    await page.screenshot({ path: path.join(SHOTS, 'layers-390-map.png') });
  });
});
