// Issue #18 in real Chromium, on data the app does not bundle: the responsiveness budget on a
// seeded 3,240-county project (counts asserted strictly; main-thread JS only at 3 × the
// issue's targets, since the machine running the tests is shared and its load varies), a -9
// "not reported" code in a KNBS census table, and a tile filter that matches no row.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { writeCountyGrid } from '../../bench/browser/county-grid.ts';
import { pageCountersScript, type PageCounts } from '../../bench/browser/page-counters.ts';
import { DATA, ROOT } from '../helpers/paths.ts';
import { launchChromium } from './browser.ts';
import { waitForIdle } from './page-helpers.ts';

const SHARED = process.env.LASTMILE_SHARED_DATA ?? '/work/shared/data';

async function openProject(page: Page, files: readonly string[], title: RegExp) {
  await page.getByTestId('open-project-input').setInputFiles([...files]);
  await page.waitForFunction((t) => new RegExp(t).test((document.querySelector('.project-title-input') as HTMLInputElement | null)?.value ?? ''), title.source);
  await waitForIdle(page);
}

/** Main-thread JavaScript so far, ms (Chrome's ScriptDuration). */
async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Counts of one interaction: reset, act, wait until idle and two frames drawn; with its main-thread JS. */
async function counted(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<PageCounts & { dom: number; scriptMs: number }> {
  await page.evaluate(() => window.lastmileBench!.reset());
  const script0 = await scriptMs(cdp);
  await act();
  await waitForIdle(page);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  const script = (await scriptMs(cdp)) - script0;
  return { ...(await page.evaluate(() => ({ ...window.lastmileBench!.counts, dom: document.getElementsByTagName('*').length }))), scriptMs: script };
}

/** The main-thread budgets (ms) are asserted at this multiple: the test machine is shared. */
const LOADED = 3;

describe.skipIf(inject('browserMissing'))('reading the map at scale, with codes and filters', () => {
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.addInitScript(pageCountersScript());
    await page.goto(inject('baseUrl'));
    await waitForIdle(page);
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('3,240 counties: no pick or upload on hover and click, no draw on hover, sort or a table selection, no geometry uploaded by an edit, under 1,500 elements', async () => {
    const fixture = writeCountyGrid(path.join(tmpdir(), 'lastmile-e2e-counties'));
    await openProject(page, [fixture.project, ...fixture.files], /^Synthetic counties/);
    const at = (lon: number, lat: number) =>
      page.evaluate(([x, y]) => {
        const [px, py] = window.lastmileMap!.project(x!, y!);
        const box = document.querySelector('.map')!.getBoundingClientRect();
        return [px + box.left, py + box.top] as [number, number];
      }, [lon, lat]);
    // County 28-31 is the block at row 27, column 30: centre -84.75 °E, 41.75 °N (county-grid.ts).
    const [x, y] = await at(-100 + 30.5 * 0.5, 28 + 27.5 * 0.5);
    // The district under the pointer comes from the CPU picker and is tinted in SVG
    // (district-outlines.ts): deck.gl neither picks (readPixels) nor draws.
    const hover = await counted(page, cdp, async () => {
      await page.mouse.move(x, y);
      await page.locator('.tooltip', { hasText: 'County 28-31' }).waitFor();
    });
    expect(hover.readPixels).toBe(0);
    expect(hover.drawCalls).toBe(0);
    expect(hover.geometryBytes).toBe(0);
    expect(hover.dom).toBeLessThanOrEqual(1500);
    expect(await page.locator('.map svg path[fill^="rgba"]').getAttribute('d')).toMatch(/^M.+Z$/);
    expect(hover.scriptMs).toBeLessThanOrEqual(16 * LOADED);

    // The selected outline is an SVG path too: nothing is uploaded or drawn again.
    const click = await counted(page, cdp, async () => {
      await page.mouse.click(x, y);
      await page.locator('.district-details', { hasText: 'County 28-31' }).waitFor();
    });
    expect(click.readPixels).toBe(0);
    expect(click.geometryBytes).toBe(0);
    expect(click.dom).toBeLessThanOrEqual(1500);
    expect(await page.locator('.map svg path[stroke]').getAttribute('d')).toMatch(/^M.+Z$/);

    const column = page.locator('.district-table thead th').nth(1);
    const sortedBefore = await column.getAttribute('aria-sort');
    const sort = await counted(page, cdp, async () => {
      await column.locator('button').click();
      await page.waitForFunction((was) => document.querySelectorAll('.district-table thead th')[1]?.getAttribute('aria-sort') !== was, sortedBefore);
    });
    expect(sort.geometryBytes).toBe(0);
    expect(sort.drawCalls).toBe(0);
    expect(sort.dom).toBeLessThanOrEqual(1500);
    expect(sort.scriptMs).toBeLessThanOrEqual(50 * LOADED);

    // A district chosen in the table: the map outlines it without drawing a district again (a
    // click on the map itself still makes MapLibre, then deck.gl, draw one frame).
    const fromTable = await counted(page, cdp, async () => {
      const row = page.locator('.district-table tbody tr[data-district-id]').nth(2);
      const id = await row.getAttribute('data-district-id');
      await row.click();
      await page.locator(`.district-table tbody tr[data-district-id="${id}"][aria-selected="true"]`).waitFor();
    });
    expect(fromTable.drawCalls).toBe(0);
    expect(fromTable.geometryBytes).toBe(0);

    await page.locator('.composite-panel summary').click();
    const before = await at(-84.75, 41.75);
    const edit = await counted(page, cdp, async () => {
      await page.getByLabel('weight of pillar homes').fill('2');
      await page.getByRole('button', { name: 'Apply weights' }).click();
    });
    expect(edit.geometryBytes).toBe(0);
    expect(edit.readPixels).toBe(0);
    // The view stays where the planner left it.
    expect(await at(-84.75, 41.75)).toEqual(before);
  });

  test('a -9 code declared on a KNBS table: one line per column, and the counties it hides show no figure', async () => {
    const dir = path.join(ROOT, 'tests/fixtures/projects/not-reported');
    await openProject(page, [path.join(dir, 'not-reported.lastmile.json'), path.join(dir, 'urban_by_sex.csv'), path.join(DATA, 'kenya/ke_counties.geojson')], /not-reported codes/);
    const checks = page.locator('.layers-panel');
    const text = await checks.innerText();
    expect(text).toContain('5 values are -9, the file\'s code for “not reported”: counted as missing');
    expect(text).toContain('1 value is -9');
    expect(text).not.toMatch(/negative/);
    await page.locator('.measure-picker select').selectOption('group_quarters.households');
    await waitForIdle(page);
    expect(await page.locator('tr[data-district-id="KE-46"] td').first().innerText()).toBe('—'); // Nyamira
  });

  test('a tile filter spelt "2022 Q4" against the file\'s "2022Q4" is a warning naming the filter and the periods present', async () => {
    const dir = path.join(tmpdir(), 'lastmile-e2e-empty-filter');
    mkdirSync(dir, { recursive: true });
    const tiles = path.join(SHARED, 'hawaii/hi_ookla_tiles_2022.csv');
    const counties = path.join(SHARED, 'hawaii/hi_counties.geojson');
    const project = path.join(dir, 'hawaii-typo.lastmile.json');
    writeFileSync(project, JSON.stringify({
      lastmile: 1,
      title: 'Hawaii fixed 2022 Q4 (filter typo)',
      districts: { file: 'hi_counties.geojson', id: 'geo_id', name: 'county_name' },
      tiles: [{ name: 'fixed_q4', file: 'hi_ookla_tiles_2022.csv', where: { network_type: 'fixed', period: '2022 Q4' }, columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' } }],
    }));
    await openProject(page, [project, tiles, counties], /filter typo/);
    const text = await page.locator('.layers-panel').innerText();
    expect(text).toMatch(/the filter network_type = "fixed" and period = "2022 Q4" matches no row of 24,658/);
    // The periods come from the whole file: all four quarters of 2022.
    for (const q of ['2022Q1', '2022Q2', '2022Q3', '2022Q4']) expect(text).toContain(`"${q}"`);
    expect(text.match(/No problems found/g)).toHaveLength(1); // the counties file's, not the tiles'
  });
});
