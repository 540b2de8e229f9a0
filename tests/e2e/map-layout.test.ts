// Issue #18 "read the map right", in real headless Chromium, on files the app does not bundle:
// Kenya's 1,439 IEBC wards (nine are called TOWNSHIP) with the Ministry of Education's school
// list counted per ward, and Hawaii's counties moved across the 180° meridian. One planner's
// journey on one page, in order: each test builds on the last.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { geometryBounds } from '../../src/state/bounds.ts';
import { launchChromium } from './browser.ts';
import { colourDistance, openApp, pixelAt, waitForIdle } from './page-helpers.ts';
import { axeViolations } from './planning-helpers.ts';

const SHARED = path.resolve(import.meta.dirname, '../../../shared/data');
const work = mkdtempSync(path.join(tmpdir(), 'lastmile-read-map-'));
type Districts = FeatureCollection<Polygon | MultiPolygon>;

/** The IEBC wards carry no id: number them in file order (W0001…), as a planner's GIS would. */
function wardsFixture(): { file: string; bbox: [number, number, number, number] } {
  const wards = JSON.parse(readFileSync(path.join(SHARED, 'kenya/boundaries/ke_wards_iebc_1439.geojson'), 'utf8')) as Districts;
  wards.features.forEach((f, i) => (f.properties = { ward_id: `W${String(i + 1).padStart(4, '0')}`, ...f.properties }));
  const file = path.join(work, 'ke_wards.geojson');
  writeFileSync(file, JSON.stringify(wards));
  return { file, bbox: geometryBounds(wards.features.map((f) => f.geometry)) };
}

/** Hawaii's counties moved 21.5° west: Kauai ends up at 178° E, the others at 177–176° W. */
function antimeridianFixture(): string {
  const counties = JSON.parse(readFileSync(path.join(SHARED, 'hawaii/hi_counties.geojson'), 'utf8')) as Districts;
  const move = (p: Position): Position => [p[0]! - 21.5 < -180 ? p[0]! - 21.5 + 360 : p[0]! - 21.5, p[1]!];
  for (const f of counties.features) {
    f.geometry = f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map(move)) }
      : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((poly) => poly.map((r) => r.map(move))) };
  }
  const file = path.join(work, 'hi_counties_across_180.geojson');
  writeFileSync(file, JSON.stringify(counties));
  return file;
}

async function newProject(page: Page, title: string) {
  await page.locator('.projects-menu summary').click();
  await page.getByRole('button', { name: 'New empty project' }).click();
  await page.locator('.empty-state').waitFor();
  await page.getByLabel('Project title').fill(title);
}

async function addFile(page: Page, file: string) {
  await page.getByTestId('add-data-input').setInputFiles(file);
  await page.locator('dialog.add-data-dialog[open]').waitFor();
}

async function confirm(page: Page) {
  const dialog = page.locator('dialog.add-data-dialog');
  await dialog.getByRole('button', { name: 'Add to project' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForIdle(page);
}

/** The on-screen box (page px) of a [west, south, east, north] box in degrees. */
async function screenBox(page: Page, [w, s, e, n]: readonly number[]) {
  const map = (await page.locator('.map').boundingBox())!;
  const [x0, y0] = await page.evaluate(([lon, lat]) => window.lastmileMap!.project(lon!, lat!), [w, n]);
  const [x1, y1] = await page.evaluate(([lon, lat]) => window.lastmileMap!.project(lon!, lat!), [e, s]);
  return { left: map.x + x0, top: map.y + y0, right: map.x + x1, bottom: map.y + y1, map };
}

/** Lets resize observers and the map draw (headless Chromium draws a frame only when asked), then waits for idle. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
  await waitForIdle(page);
}

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.left < b.x + b.width && b.x < a.right && a.top < b.y + b.height && b.y < a.bottom;

describe.skipIf(inject('browserMissing'))('reading the map right', () => {
  let browser: Browser;
  let page: Page;
  const wards = wardsFixture();

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 }));
    await newProject(page, 'Kenya wards and schools');
    await addFile(page, wards.file);
    const dialog = page.locator('dialog.add-data-dialog');
    await dialog.getByLabel('column for id').selectOption('ward_id');
    await dialog.getByLabel('column for name').selectOption('ward_name');
    await dialog.getByLabel('column for label_with').selectOption('county_name');
    await confirm(page);
    await addFile(page, path.join(SHARED, 'kenya/facilities/ke_schools_moe.csv'));
    await dialog.getByLabel('Points (facilities, sites)').check();
    await dialog.getByRole('textbox', { name: 'Layer name' }).fill('schools');
    await dialog.getByLabel('column for id').selectOption('school_id');
    await dialog.getByLabel('column for lon').selectOption('lon');
    await dialog.getByLabel('column for lat').selectOption('lat');
    await confirm(page);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('counts are classed in whole numbers, every class counted, and the legend says what darker means', async () => {
    const legend = page.locator('.legend');
    const entries = (await legend.locator('li[data-color]').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(entries.length).toBeGreaterThanOrEqual(3);
    // "0–9 (143)", "10–21 (300)", …: never "0 – 1, 1 – 2".
    for (const e of entries) expect(e).toMatch(/^\d[\d,]*(–\d[\d,]*)? \(\d+\)$/);
    const counted = entries.map((e) => Number(/\((\d+)\)$/.exec(e)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(1439);
    expect(await legend.locator('.legend-reading').innerText()).toBe('Darker = higher.');
  });

  test('nine wards called TOWNSHIP are told apart by their county (but for two in Kiambu); finding one selects it, scrolls it into the table and Esc lets go', async () => {
    // A search box with a list of names is a combobox to assistive technology.
    const search = page.getByRole('combobox', { name: 'Find a district by name' });
    // The page redraws 1,439 wards on a shared, software-rendered machine: allow it time.
    await search.fill('TOWNSHIP, ', { timeout: 90_000 });
    // The names offered while typing tell the nine apart (the table holds only the rows in view).
    const offered = await page.locator('.district-search datalist option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered.filter((n) => n.startsWith('TOWNSHIP, '))).toHaveLength(9);
    await search.fill('TOWNSHIP, KITUI');
    await search.press('Enter');
    await expect.poll(() => page.locator('.district-details h2').innerText(), { timeout: 30_000 }).toBe('TOWNSHIP, KITUI');
    const row = page.locator('.district-table tr[aria-selected="true"]');
    expect(await row.locator('th').innerText()).toBe('TOWNSHIP, KITUI');
    // Scrolled into view (below the sticky header), once the virtual table has measured its rows.
    const inView = async () => {
      const wrap = (await page.locator('.table-wrap').boundingBox())!;
      const head = (await page.locator('.district-table thead').boundingBox())!;
      const box = (await row.boundingBox())!;
      return box.y >= head.y + head.height - 1 && box.y + box.height <= wrap.y + wrap.height + 1;
    };
    await expect.poll(inView, { timeout: 30_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.district-details').waitFor({ state: 'detached' });
    expect(await page.locator('.district-table tr[aria-selected="true"]').count()).toBe(0);
  });

  test('the map is described in words: the wards with most and fewest schools, as the table sorts them', async () => {
    const summary = await page.locator('#map-summary').textContent();
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-describedby')).toBe('map-summary');
    const countHeader = page.locator('.district-table thead th', { has: page.getByRole('button', { name: /^schools: count/ }) });
    while ((await countHeader.getAttribute('aria-sort')) !== 'descending') await countHeader.getByRole('button').click();
    // The table keeps its scroll across a sort; the top of the order is its first row.
    await page.locator('.table-wrap').evaluate((e) => (e.scrollTop = 0));
    const top = await page.locator('.district-table tbody tr[aria-rowindex="2"] th').innerText();
    expect(summary).toMatch(/^1439 districts by schools: count\. Highest: /);
    expect(summary).toContain(`Highest: ${top} `);
    expect(summary).toContain('Lowest: ');
  });

  test('the legend never covers a ward, at 1440 and 768 px: the wards are framed beside it', async () => {
    // Back from the ward found by name to all of them.
    await page.getByRole('button', { name: 'All districts' }).click();
    for (const width of [1440, 768]) {
      // Until the planner moves the map, a new size frames the districts again.
      await page.setViewportSize({ width, height: 900 });
      // Resize observers run when a frame is drawn, and headless Chromium draws one only when asked.
      await expect
        .poll(
          async () => {
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
            const b = await screenBox(page, wards.bbox);
            return b.right <= b.map.x + b.map.width + 1;
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      const box = await screenBox(page, wards.bbox);
      const legend = (await page.locator('.legend').boundingBox())!;
      expect(overlaps(box, legend), `width ${width}: wards ${JSON.stringify(box)} vs legend ${JSON.stringify(legend)}`).toBe(false);
      expect(box.left).toBeGreaterThanOrEqual(box.map.x - 1);
      expect(box.right).toBeLessThanOrEqual(box.map.x + box.map.width + 1);
      expect(box.bottom - box.top).toBeGreaterThan(box.map.height * 0.5);
      if (width === 768) expect(box.map.width).toBeGreaterThan(768 * 0.55);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('classes: natural breaks and the planner\'s own breaks, in the same words', async () => {
    await page.locator('.class-controls summary').click();
    await page.getByLabel('Method').selectOption('manual');
    const breaks = page.getByRole('textbox', { name: 'Breaks' });
    await breaks.fill('10, 50');
    await breaks.press('Enter');
    await waitForIdle(page);
    const entries = (await page.locator('.legend li[data-color]').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(entries.map((e) => e.replace(/ \(\d+\)$/, ''))).toEqual([expect.stringMatching(/^0–9$/), '10–49', expect.stringMatching(/^50–\d+$/)]);
    await page.getByLabel('Method').selectOption('natural');
    await waitForIdle(page);
    expect(await page.locator('.legend li[data-color]').count()).toBe(5);
  });

  test('every keyboard stop shows where focus is, the map\'s own included, and the skip link leads to the table', async () => {
    // Start from the top of the page, as after loading it.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the table');
    const unseen: string[] = [];
    const stops = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        const shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        return { name: `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}`, shown };
      });
      stops.add(stop.name);
      // After the last stop, Tab leaves the page for the browser's own controls.
      if (!stop.shown && !stop.name.startsWith('body.')) unseen.push(stop.name);
      await page.keyboard.press('Tab');
    }
    expect(unseen).toEqual([]);
    for (const mapStop of [/^canvas\.maplibregl-canvas /, /Zoom in/, /Zoom out/]) expect([...stops].some((s) => mapStop.test(s)), String(mapStop)).toBe(true);
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('figures');
  });

  test('axe-core finds no violation on the main view, with a district open, and in the add-data dialog', async () => {
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.locator('.district-table tbody tr').first().click();
    await page.locator('.district-details').waitFor();
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('add-data-input').setInputFiles(path.join(SHARED, 'kenya/census/ke_ict_by_sex.csv'));
    await page.locator('dialog.add-data-dialog[open]').waitFor();
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.locator('dialog.add-data-dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('dialog.add-data-dialog').waitFor({ state: 'detached' });
  });

  test('at 390 px the map and the table take turns, and nothing is wider than the screen (Indicators and Plan sites)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    const map = (await page.locator('.map').boundingBox())!;
    expect(map.width).toBe(390);
    expect(map.height).toBeGreaterThan(400);
    const box = await screenBox(page, wards.bbox);
    expect(box.right - box.left).toBeGreaterThan(200);
    await page.locator('.phone-switch').getByRole('button', { name: 'Table' }).click();
    expect(await page.locator('.map').isVisible()).toBe(false);
    const rows = page.locator('.district-table tbody tr:not(.spacer)');
    // The table was hidden behind the map: its rows appear once its resize observer has seen
    // its new size, which runs when a frame is drawn (headless Chromium draws one only when asked).
    await expect
      .poll(async () => {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        return rows.count();
      }, { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await rows.first().isVisible()).toBe(true);
    expect((await page.locator('.table-wrap').boundingBox())!.width).toBeGreaterThan(380);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Plan sites' }).click();
    await page.locator('section[aria-label="Planning"]').waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.locator('.phone-switch').getByRole('button', { name: 'Map' }).click();
    expect((await page.locator('.map').boundingBox())!.height).toBeGreaterThan(400);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Indicators' }).click();
    await page.setViewportSize({ width: 1440, height: 900 });
    await settle(page);
  });

  test('"New empty project" leaves nothing of the wards on screen: no table, no legend, the map back to bare land', async () => {
    // Inside Marsabit's Maikona, the largest ward (its box's centre, 37.615° E 3.279° N, lies in it).
    const maikona = async () => {
      const [x, y] = await page.evaluate(() => window.lastmileMap!.project(37.615, 3.279));
      const map = (await page.locator('.map').boundingBox())!;
      return pixelAt(page, map.x + x, map.y + y);
    };
    const LAND = [245, 243, 238];
    await settle(page);
    expect(colourDistance(await maikona(), LAND)).toBeGreaterThan(30);
    await newProject(page, 'Nothing yet');
    await page.waitForFunction(() => document.documentElement.dataset.lastmileState === 'empty');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    expect(await page.locator('.district-table').count()).toBe(0);
    expect(await page.locator('.legend').count()).toBe(0);
    expect(await page.evaluate(() => window.lastmileMap!.drawnDistricts())).toBe(0);
    // Bare land: the card that asks for boundaries is set aside, its words are not the map.
    await page.locator('.empty-state').evaluate((e) => ((e as HTMLElement).style.visibility = 'hidden'));
    const now = await maikona();
    await page.locator('.empty-state').evaluate((e) => ((e as HTMLElement).style.visibility = ''));
    expect(colourDistance(now, LAND)).toBeLessThan(12);
  });

  test('a project that fails to open shows its error, not the previous project\'s map or figures', async () => {
    await page.locator('.projects-menu summary').click();
    await page.getByRole('button', { name: /^Kenya wards and schools/ }).click();
    await waitForIdle(page);
    // A virtual table holds only the rows in view; it tells assistive technology how many there are.
    expect(await page.locator('.district-table').getAttribute('aria-rowcount')).toBe('1440');
    const broken = path.join(work, 'missing-data.lastmile.json');
    writeFileSync(broken, JSON.stringify({ lastmile: 1, title: 'Missing data', districts: { file: 'not-here.geojson', id: 'id', name: 'name' } }));
    await page.getByTestId('open-project-input').setInputFiles(broken);
    await page.waitForFunction(() => document.documentElement.dataset.lastmileState === 'error');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    expect(await page.getByLabel('Project title').inputValue()).toBe('Missing data');
    expect(await page.locator('.district-table').count()).toBe(0);
    expect(await page.locator('.legend').count()).toBe(0);
    expect(await page.evaluate(() => window.lastmileMap!.drawnDistricts())).toBe(0);
  });

  test('districts either side of 180° are framed the short way round, not as the whole world', async () => {
    await newProject(page, 'Across the meridian');
    await addFile(page, antimeridianFixture());
    const dialog = page.locator('dialog.add-data-dialog');
    await dialog.getByLabel('column for id').selectOption('geo_id');
    await dialog.getByLabel('column for name').selectOption('county_name');
    await confirm(page);
    // Kauai's western tip (178.25° E) to Hawaii island's eastern tip (176.31° W).
    await settle(page);
    expect(await page.evaluate(() => window.lastmileMap!.drawnDistricts())).toBe(0); // no figure to map yet, but framed
    // MapLibre may centre the view at 181° or at −179°: measure on the world copy it shows.
    const boxes = [await screenBox(page, [178.25029, 18.91, 183.69166, 22.24]), await screenBox(page, [178.25029 - 360, 18.91, 183.69166 - 360, 22.24])];
    const box = boxes.find((b) => b.left >= b.map.x - 1 && b.left <= b.map.x + b.map.width) ?? boxes[0]!;
    expect(box.right - box.left).toBeGreaterThan(box.map.width * 0.5);
    expect(box.left).toBeGreaterThanOrEqual(box.map.x - 1);
    expect(box.right).toBeLessThanOrEqual(box.map.x + box.map.width + 1);
  });
});
