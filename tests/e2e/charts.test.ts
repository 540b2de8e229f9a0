// Issue #19 (charts and inequality) in real Chromium on the bundled Kenya census: the ranking
// and the scatter read the very figures the district table shows, a click on the ranking selects
// a county, the Inequality view's Gini is the one `lastmile run` writes in inequality.csv, the
// Lorenz curve is drawn, and axe-core finds nothing on either view, at desktop and phone widths.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';
import { launchChromium } from './browser.ts';
import { openApp, waitForIdle } from './page-helpers.ts';
import { axeViolations } from './planning-helpers.ts';

// Nairobi (highest internet use), Mombasa and Turkana (among the lowest).
const COUNTIES = ['KE-47', 'KE-01', 'KE-23'] as const;
const SHOTS = mkdtempSync(path.join(tmpdir(), 'lastmile-charts-'));

describe.skipIf(inject('browserMissing'))('charts and inequality of the Kenya census', () => {
  let browser: Browser;
  let page: Page;
  /** County id → [name, internet_use.total as the table shows it, hh_internet as the table shows it]. */
  const table = new Map<string, [string, string, string]>();

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 })).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cell = (id: string, measure: string) => page.locator(`.district-table tr[data-district-id="${id}"] td[data-measure="${measure}"]`).innerText();
  /** "name: text" of every mark on a chart, from the <title> each mark carries. */
  const markTitles = (chart: string) => page.locator(`figure[data-chart="${chart}"] svg [data-district] title`).allTextContents();

  test('the table’s figures for three counties, on both indicators', async () => {
    for (const id of COUNTIES) {
      const name = await page.locator(`.district-table tr[data-district-id="${id}"] th`).innerText();
      table.set(id, [name, await cell(id, 'internet_use.total'), '']);
    }
    await page.locator('.measure-picker select').selectOption('hh_internet');
    await waitForIdle(page);
    for (const id of COUNTIES) table.get(id)![2] = await cell(id, 'hh_internet');
    await page.locator('.measure-picker select').selectOption('internet_use.total');
    await waitForIdle(page);
    expect(table.get('KE-47')![0]).toBe('Nairobi');
  });

  test('the ranking and the scatter read the same values as the table', async () => {
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.locator('figure[data-chart="ranking"] svg').waitFor();
    const ranking = await markTitles('ranking');
    expect(ranking).toHaveLength(47);
    // The scatter's x is the figure on the map; its y the first figure of another indicator.
    expect(await page.locator('figure[data-chart="scatter"] select').nth(1).inputValue()).toBe('hh_internet');
    const scatter = await page.locator('figure[data-chart="scatter"] svg circle[data-district] title').allTextContents();
    for (const [name, use, households] of table.values()) {
      expect(ranking).toContain(`${name}: ${use}`);
      expect(scatter).toContain(`${name}: ${use}, ${households}`);
    }
    // Highest first, as the table sorts by default.
    expect(ranking[0]).toBe(`Nairobi: ${table.get('KE-47')![1]}`);
  });

  test('a click on a ranking dot, or Enter on a county in its table, selects the county', async () => {
    const [turkana] = table.get('KE-23')!;
    await page.locator('figure[data-chart="ranking"] svg circle[data-district]', { has: page.locator('title', { hasText: `${turkana}:` }) }).click();
    await expect.poll(() => page.locator('.district-details h2').innerText()).toBe(turkana);
    const ranking = page.locator('figure[data-chart="ranking"]');
    await ranking.getByRole('button', { name: 'Show the numbers' }).click();
    await ranking.getByRole('button', { name: table.get('KE-01')![0], exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.district-details h2').innerText()).toBe('Mombasa');
    // The selection is highlighted on the chart: a larger dot.
    expect(await page.locator('figure[data-chart="scatter"] svg circle[data-district][r="6"] title').allTextContents()).toEqual([expect.stringMatching(/^Mombasa: /)]);
  });

  test('every chart is a focusable figure described by its key figures; axe-core finds no violation', async () => {
    const figures = page.locator('.charts-view figure.plot-figure');
    expect(await figures.count()).toBe(3);
    for (const f of await figures.all()) {
      expect(await f.getAttribute('tabindex')).toBe('0');
      const described = (await f.getAttribute('aria-describedby'))!;
      expect((await page.locator(`[id="${described}"]`).innerText()).length).toBeGreaterThan(20);
    }
    // Kenya's project has no tile layer grouped by period: the view says so.
    await expect.poll(() => page.locator('.charts-view .plot-none').innerText()).toMatch(/no tile figures by period/);
    expect(JSON.stringify(await axeViolations(page, 'body'), null, 1)).toBe('[]');
    await page.locator('#figures-view').evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: path.join(SHOTS, 'charts-1440.png') });
  });

  test('the Inequality view’s Gini, Theil and Palma are those of `lastmile run`’s inequality.csv; the Lorenz curve is drawn', async () => {
    const out = path.join(SHOTS, 'cli');
    expect(await main(['run', path.join(ROOT, 'examples/kenya.lastmile.json'), '--root', ROOT, '--out', out, '--quiet'], sink(), sink())).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(out, 'inequality.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.indicator === 'internet_use.total')!;
    expect(row.weighting).toBe('population');
    // Closing the county's figures gives the view the panel's height.
    await page.locator('.district-details').getByRole('button', { name: 'Close district figures' }).click();
    await page.getByRole('tab', { name: 'Inequality' }).click();
    const figure = (key: string) => page.locator(`[data-testid="inequality-figures"] tr[data-figure="${key}"] td`).innerText();
    expect(await figure('gini')).toBe(Number(row.gini).toFixed(3));
    expect(await figure('theil')).toBe(Number(row.theil).toFixed(3));
    expect(await figure('palma')).toBe(Number(row.palma).toFixed(2));
    // One point per county plus the origin, and the line through them.
    // The curve is drawn at the panel's width once its resize observer has run, on a drawn frame.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
          return page.locator('figure[data-chart="lorenz"] svg circle').count();
        },
        { timeout: 30_000 },
      )
      .toBe(47);
    expect(await page.locator('figure[data-chart="lorenz"] svg path').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('palma-reading').innerText()).toMatch(/^The 10 % of people in the counties highest on .* times as much per person \(Palma ratio \d\.\d\d\)\.$/);
    expect(JSON.stringify(await axeViolations(page, 'body'), null, 1)).toBe('[]');
    await page.screenshot({ path: path.join(SHOTS, 'inequality-1440.png') });
  });

  test('at 390 px both views fit the screen and pass axe-core', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.phone-switch').getByRole('button', { name: 'Table' }).click();
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(JSON.stringify(await axeViolations(page, 'body'), null, 1)).toBe('[]');
    await page.screenshot({ path: path.join(SHOTS, 'inequality-390.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.locator('figure[data-chart="ranking"] svg').waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(JSON.stringify(await axeViolations(page, 'body'), null, 1)).toBe('[]');
    await page.screenshot({ path: path.join(SHOTS, 'charts-390.png'), fullPage: true });
    console.log(`screenshots in ${SHOTS}`);
  });

  test('Hawaii’s tiles by quarter: the trend has one point per quarter for all counties, and its table says the same', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('open-project-input').setInputFiles([path.join(ROOT, 'examples/hawaii.lastmile.json'), path.join(ROOT, 'data/hawaii/hi_counties.geojson'), path.join(ROOT, 'data/hawaii/hi_ookla_tiles_2019_2022.parquet')]);
    await page.waitForFunction(() => /^Hawaii/.test((document.querySelector('.project-title-input') as HTMLInputElement | null)?.value ?? ''));
    await waitForIdle(page, 180_000);
    await page.getByRole('tab', { name: 'Charts' }).click();
    const trend = page.locator('figure[data-chart="trend-fixed"]');
    await trend.locator('svg').waitFor();
    const quarters = await trend.locator('tbody th').allTextContents();
    expect(quarters.length).toBeGreaterThanOrEqual(8);
    expect(quarters[0]).toMatch(/^2019Q\d$/);
    // One dot per quarter on the line of all counties (nothing selected).
    expect(await trend.locator('svg circle').count()).toBe(quarters.length);
    expect(await trend.locator('tbody tr').first().locator('td').first().innerText()).toMatch(/^\d+\.\d Mbps$/);
    expect(JSON.stringify(await axeViolations(page, 'body'), null, 1)).toBe('[]');
    await trend.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'trend-1440.png') });
  });
});
