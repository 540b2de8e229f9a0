// The walking skeleton end to end, in real headless Chromium: the app opens the bundled
// Kenya census offline, and the map, the table and the district figures all show
// Nairobi's internet use exactly as the census counts give it.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';
import { launchChromium } from './browser.ts';
import { colourDistance, foreignHosts, hexRgb, openApp, pixelAt, waitForIdle, type OpenedPage } from './page-helpers.ts';

// Expected values, recomputed here from the counts in the census CSV.
const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(DATA, 'kenya/ke_ict_by_sex.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const nairobi = rows.find((r) => r.geo_id === 'KE-47')!;
const share = (g: string) => (100 * Number(nairobi[`internet_user_${g}`])) / Number(nairobi[`pop3plus_${g}`]);
const pct = (v: number) => `${v.toFixed(1)} %`;
// A point well inside Nairobi county (the city centre).
const NAIROBI_LON_LAT = [36.82, -1.29] as const;

describe.skipIf(inject('browserMissing'))('Kenya internet use in the browser', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openApp(browser, inject('baseUrl'));
    page = opened.page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Page pixel where the map draws Nairobi's centre. */
  const nairobiOnPage = async (): Promise<[number, number]> => {
    const [x, y] = await page.evaluate(([lon, lat]) => window.lastmileMap!.project(lon, lat), NAIROBI_LON_LAT);
    const box = (await page.locator('.map').boundingBox())!;
    return [box.x + x, box.y + y];
  };

  test('the table lists all 47 counties with Nairobi at its census share', async () => {
    expect(await page.locator('.district-table tbody tr').count()).toBe(47);
    const cell = page.locator('tr[data-district-id="KE-47"] td[data-measure="internet_use.total"]');
    expect(await cell.innerText()).toBe(pct(share('total')));
    expect(pct(share('total'))).toBe('52.4 %');
  });

  test('the choropleth paints Nairobi in the colour of its legend class', async () => {
    const [px, py] = await nairobiOnPage();
    const pixel = await pixelAt(page, px, py);
    const legend = await page.locator('.legend li[data-color]').evaluateAll((lis) =>
      lis.map((li) => ({ color: li.getAttribute('data-color')!, text: li.textContent ?? '' })),
    );
    expect(legend.length).toBeGreaterThanOrEqual(3);
    // Nairobi has the highest share of all counties, so it sits in the top class.
    const nearest = legend.map((l) => colourDistance(pixel, hexRgb(l.color)));
    expect(nearest.indexOf(Math.min(...nearest))).toBe(legend.length - 1);
    expect(legend[legend.length - 1]!.text).toContain(pct(share('total')));
  });

  test('hovering Nairobi shows a tooltip with its share', async () => {
    const [px, py] = await nairobiOnPage();
    await page.mouse.move(px, py);
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain('Nairobi');
    expect(await tooltip.innerText()).toContain(pct(share('total')));
  });

  test('clicking Nairobi opens its figures: female, male, total and the gap in points', async () => {
    const [px, py] = await nairobiOnPage();
    await page.mouse.click(px, py);
    const details = page.locator('.district-details');
    await details.waitFor();
    expect(await details.locator('h2').innerText()).toBe('Nairobi');
    const figures = details.locator('[data-indicator="internet_use"]');
    expect(await figures.locator('[data-group="female"] strong').innerText()).toBe(pct(share('female')));
    expect(await figures.locator('[data-group="male"] strong').innerText()).toBe(pct(share('male')));
    expect(await figures.locator('[data-group="total"] strong').innerText()).toBe(pct(share('total')));
    const gap = share('male') - share('female');
    expect(await figures.locator('[data-gap="male-female"] strong').innerText()).toBe(`+${gap.toFixed(1)} pp`);
    expect(await page.locator('tr[data-district-id="KE-47"]').getAttribute('aria-selected')).toBe('true');
  });

  test('the table is sortable and keyboard-navigable', async () => {
    await page.getByRole('button', { name: /^District/ }).click();
    expect(await page.locator('.district-table tbody tr').first().getAttribute('data-district-id')).toBe('KE-30'); // Baringo, first alphabetically
    await page.locator('.district-table tbody tr').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Bomet (KE-36) follows Baringo alphabetically.
    expect(await page.locator('.district-details h2').innerText()).toBe('Bomet');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await page.locator('.district-details h2').innerText()).toBe('West Pokot');
  });

  test('the project saved from the app runs unchanged with `lastmile run` and gives the same files byte for byte', async () => {
    // The saved project refers to ../data/…, so it goes in an examples/ folder beside a link to data/.
    const work = mkdtempSync(path.join(tmpdir(), 'lastmile-e2e-'));
    mkdirSync(path.join(work, 'examples'));
    symlinkSync(DATA, path.join(work, 'data'));
    const download = async (name: string, to: string) => {
      await page.locator('.results-menu summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      await file.saveAs(to);
    };
    // The app names the file after the project's title, and report.json says so.
    const saved = path.join(work, 'examples', 'kenya-counties-2019-census.lastmile.json');
    await download('kenya-counties-2019-census.lastmile.json (project)', saved);
    const out = path.join(work, 'cli');
    expect(await main(['run', saved, '--root', work, '--root', DATA, '--out', out, '--quiet'], sink(), sink())).toBe(0);
    for (const file of ['districts.csv', 'inequality.csv', 'report.json']) {
      const fromBrowser = path.join(work, `browser-${file}`);
      await download(file, fromBrowser);
      expect(readFileSync(fromBrowser, 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
  });

  test('the composite index shows its weights, and new weights recompute it: with gender equity at 0 it equals the adoption pillar', async () => {
    await page.locator('.composite-panel summary').click();
    await page.getByLabel('weight of pillar gender_equity').fill('0');
    await page.getByRole('button', { name: 'Apply weights' }).click();
    await page.waitForFunction(() => document.querySelector('.composite-panel .counts')?.textContent === '100 % of the index');
    await page.locator('.measure-picker select').selectOption('inclusion_index');
    await waitForIdle(page);
    const row = page.locator('tr[data-district-id="KE-47"]');
    const index = await row.locator('td[data-measure="inclusion_index"]').innerText();
    expect(index).toBe(await row.locator('td[data-measure="inclusion_index.adoption"]').innerText());
    expect(Number(index)).toBeGreaterThan(0.9); // Nairobi leads on both adoption indicators
  });

  test('the page contacted no host other than this machine and logged no errors', () => {
    expect(opened.requests.length).toBeGreaterThan(5);
    expect(foreignHosts(opened.requests)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });

  test('screenshot for the README (written with UPDATE_SCREENSHOT=1)', async () => {
    if (process.env.UPDATE_SCREENSHOT !== '1') return;
    // The example as it ships (earlier tests changed its weights, which the app kept).
    await page.locator('.projects-menu summary').click();
    await page.getByRole('button', { name: 'Open the Kenya 2019 census example' }).click();
    await waitForIdle(page);
    await page.locator('.measure-picker select').selectOption('internet_use.total');
    await page.locator('.composite-panel summary').click();
    const totalHeader = page.locator('th', { has: page.getByRole('button', { name: /^total/ }) });
    while ((await totalHeader.getAttribute('aria-sort')) !== 'descending') await totalHeader.getByRole('button').click();
    await waitForIdle(page);
    await page.locator('tr[data-district-id="KE-47"]').click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
  });
});
