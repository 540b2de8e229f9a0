// Compare and explain (issue #19) on the bundled Kenya project in Chromium: three counties
// picked for comparison (search, table Ctrl-click, the profile's toggle), the comparison and
// Nairobi's profile read back, every number on screen equal to `lastmile run`'s districts.csv
// formatted the app's way; the copied link reopens the same view in a fresh profile; the
// tour, the glossary; axe-core on each view; screenshots at 1440 and 390 px.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { formatValue, type Unit } from '../../src/state/measures.ts';
import { DATA, EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';
import { launchChromium } from './browser.ts';
import { openApp, waitForIdle } from './page-helpers.ts';
import { axeViolations } from './planning-helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'lastmile-profile-e2e-'));
const SHOTS = process.env.LASTMILE_SHOTS ?? path.join(work, 'shots');
mkdirSync(SHOTS, { recursive: true });
const PICKED = ['Mombasa', 'Nairobi', 'Turkana'];

/** districts.csv as rows of text by county name (no field of the Kenya file is quoted). */
function readCsv(file: string): { head: string[]; rows: Map<string, Record<string, string>> } {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split(','));
  return { head: head!, rows: new Map(lines.map((cells) => [cells[1]!, Object.fromEntries(head!.map((h, i) => [h, cells[i]!]))])) };
}

/** The unit the app gives a districts.csv column (src/engine/district-columns.ts, composite-columns.ts). */
function unitOf(column: string): Unit {
  if (column.includes('.gap.')) return 'points';
  if (column.includes('.parity.')) return 'ratio';
  if (column.startsWith('points.')) return 'count';
  if (column.startsWith('inclusion_index')) return 'index';
  return 'percent';
}

/** A CSV cell as the app shows it. */
const shown = (column: string, cell: string) => formatValue(cell === '' ? Number.NaN : Number(cell), unitOf(column), 'en');

/** People aged 3+ per county (the project's population), straight from the census file. */
function population(): Map<string, number> {
  const [head, ...lines] = readFileSync(path.join(DATA, 'kenya/ke_ict_by_sex.csv'), 'utf8').trim().split('\n').map((l) => l.split(',').map((c) => c.replace(/"/g, '')));
  const level = head!.indexOf('admin_level');
  const pop = head!.indexOf('pop3plus_total');
  return new Map(lines.filter((c) => c[level] === 'county').map((c) => [c[0]!, Number(c[pop])]));
}

async function find(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Find a county by name' }).fill(name);
  await expect.poll(() => page.locator('.district-details h2').innerText()).toBe(name);
}

describe.skipIf(inject('browserMissing'))('profile, comparison and shared view', () => {
  let browser: Browser;
  let page: Page;
  let csv: ReturnType<typeof readCsv>;

  beforeAll(async () => {
    expect(await main(['run', path.join(EXAMPLES, 'kenya.lastmile.json'), '--root', ROOT, '--out', work, '--quiet'], sink(), sink())).toBe(0);
    csv = readCsv(path.join(work, 'districts.csv'));
    browser = await launchChromium();
    page = (await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 })).page;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('a first visit shows a four-step tour, worked by keyboard, remembered, reopened from Help', async () => {
    const tour = page.getByRole('region', { name: 'The map' });
    await expect.poll(() => tour.isVisible()).toBe(true);
    expect(await page.locator('.tour-step').innerText()).toContain('step 1 of 4');
    await page.screenshot({ path: path.join(SHOTS, 'tour-1440.png') });
    for (let step = 2; step <= 4; step++) {
      await page.getByRole('button', { name: 'Next' }).press('Enter');
      expect(await page.locator('.tour-step').innerText()).toContain(`step ${step} of 4`);
    }
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.locator('.tour').count()).toBe(0);
    await page.reload();
    await waitForIdle(page);
    expect(await page.locator('.tour').count()).toBe(0);
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    expect(await page.locator('.tour').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('.tour').count()).toBe(0);
  });

  test('three counties picked by search, table Ctrl-click and the profile toggle; the comparison equals districts.csv', async () => {
    await page.getByLabel('Map shows').selectOption('internet_use.female');
    await page.locator('.class-controls summary').click();
    await page.locator('.class-controls select').first().selectOption('equal-interval');
    await waitForIdle(page);
    await find(page, 'Mombasa');
    await page.locator('.district-details').getByRole('button', { name: 'Compare' }).click();
    await page.locator('.district-table tr', { has: page.locator('th', { hasText: /^Nairobi$/ }) }).click({ modifiers: ['Control'] });
    await find(page, 'Turkana');
    await page.locator('.district-details').getByRole('button', { name: 'Compare' }).click();
    expect(await page.locator('.compare-bar li').allInnerTexts()).toEqual(PICKED.map((n) => expect.stringContaining(n)));

    await page.getByRole('button', { name: 'Compare side by side (3)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compared counties' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const columns = csv.head.slice(2);
    expect(await dialog.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-measure')))).toEqual(columns);
    for (const column of columns) {
      const cells = await dialog.locator(`tbody tr[data-measure="${column}"] td[data-district]`).allInnerTexts();
      expect(cells, column).toEqual(PICKED.map((n) => shown(column, csv.rows.get(n)![column]!)));
    }
    // The chart's labels are the table's numbers for the figure on the map.
    const labels = await dialog.locator('.compare-plot svg text').allTextContents();
    for (const n of PICKED) expect(labels).toContain(shown('internet_use.female', csv.rows.get(n)!['internet_use.female']!));
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'compare-1440.png') });
    // A county leaves by its column's button; Esc closes.
    await dialog.getByRole('button', { name: 'Remove Turkana from the comparison' }).click();
    expect(await dialog.locator('thead th[data-district]').count()).toBe(2);
    await page.keyboard.press('Escape');
    // And comes back by keyboard (Turkana is still the selected county).
    await page.locator('.district-details').getByRole('button', { name: 'Compare' }).press('Enter');
    expect(await page.locator('.compare-bar li').allInnerTexts()).toEqual(PICKED.map((n) => expect.stringContaining(n)));
  });

  test("Nairobi's profile: every figure, rank and reference equal to districts.csv; how each was computed", async () => {
    await find(page, 'Nairobi');
    await page.locator('.district-details').getByRole('button', { name: 'Profile' }).click();
    const dialog = page.getByRole('dialog', { name: 'Profile of Nairobi' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const pop = population();
    const ids = [...csv.rows.values()].map((r) => r.district_id!);
    for (const column of csv.head.slice(2)) {
      const row = dialog.locator(`tbody[data-measure="${column}"]`);
      const values = [...csv.rows.values()].map((r) => Number(r[column]));
      const mine = Number(csv.rows.get('Nairobi')![column]);
      expect(await row.locator('[data-value]').innerText(), column).toBe(shown(column, csv.rows.get('Nairobi')![column]!));
      expect(await row.locator('[data-rank]').innerText(), column).toBe(`${ordinal(1 + values.filter((v) => v > mine).length)} of 47`);
      const reference = unitOf(column) === 'count' ? `${formatValue(values.reduce((s, v) => s + v, 0), 'count', 'en')} in all` : shown(column, String(weightedMean(values, ids.map((id) => pop.get(id)!))));
      expect(await row.locator('[data-reference]').innerText(), column).toBe(reference);
    }
    const nairobi = csv.rows.get('Nairobi')!;
    const total = dialog.locator('tbody[data-measure="internet_use.total"]');
    await total.getByText('How this number was computed').click();
    expect(await total.locator('[data-explain]').innerText()).toMatch(new RegExp(`^[\\d,]+ \\(internet_user_total\\) ÷ [\\d,]+ \\(pop3plus_total\\) = ${shown('internet_use.total', nairobi['internet_use.total']!).replace('.', '\\.')}$`));
    expect(await dialog.locator('.composite-parts li').count()).toBe(3);
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'profile-1440.png') });

    // The "?" by a figure opens the glossary at its term, over the profile.
    await total.getByRole('button', { name: 'What is “Rate”?' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect.poll(() => glossary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-rate');
    expect(await glossary.locator('dt').count()).toBe(12);
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'glossary-1440.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => glossary.isVisible()).toBe(false);
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  test('the copied link reopens the same figure, classes, selection, comparison and map view in a fresh profile', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.copy-said').innerText()).toBe('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const hash = new URLSearchParams(new URL(link).hash.slice(1));
    expect(hash.get('m')).toBe('internet_use.female');
    expect(hash.get('k')).toBe('equal-interval');
    expect(hash.get('d')).toBe('KE-47');
    expect(hash.get('c')).toBe('KE-01,KE-47,KE-23');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const fresh = await context.newPage();
    await fresh.goto(link);
    await waitForIdle(fresh);
    expect(await fresh.getByLabel('Map shows').inputValue()).toBe('internet_use.female');
    expect(await fresh.locator('.class-controls select').first().inputValue()).toBe('equal-interval');
    expect(await fresh.locator('.district-details h2').innerText()).toBe('Nairobi');
    expect(await fresh.locator('.compare-bar li').allInnerTexts()).toEqual(PICKED.map((n) => expect.stringContaining(n)));
    // The map looks where it looked (the hash it writes back keeps the same centre and zoom).
    await expect.poll(() => new URLSearchParams(new URL(fresh.url()).hash.slice(1)).get('v')).toBe(hash.get('v'));
    await context.close();

    // A link naming an indicator this project lacks: a message, the rest applied.
    const odd = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await odd.goto(`${inject('baseUrl')}#m=broadband.total&d=KE-23`);
    await waitForIdle(odd);
    expect(await odd.locator('.notice[role="alert"]').innerText()).toContain('“broadband.total”');
    expect(await odd.locator('.district-details h2').innerText()).toBe('Turkana');
    await odd.close();
  });

  test('at 390 px the comparison and the profile fit the phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(page.url());
    await waitForIdle(phone);
    // A first visit on a phone: the tour sits at the bottom, over the map, not above the table.
    expect(await phone.locator('.tour-sheet .tour').isVisible()).toBe(true);
    await phone.screenshot({ path: path.join(SHOTS, 'main-390.png') });
    await phone.getByRole('button', { name: 'Close the tour' }).click();
    await phone.getByRole('button', { name: 'Table' }).click();
    await phone.screenshot({ path: path.join(SHOTS, 'figures-390.png') });
    await phone.getByRole('button', { name: 'Compare side by side (3)' }).click();
    await phone.screenshot({ path: path.join(SHOTS, 'compare-390.png'), fullPage: false });
    await phone.keyboard.press('Escape');
    await phone.locator('.district-details').getByRole('button', { name: 'Profile' }).click();
    await phone.screenshot({ path: path.join(SHOTS, 'profile-390.png') });
    const width = await phone.evaluate(() => document.querySelector('dialog[open]')!.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.close();
  });
});

function weightedMean(values: readonly number[], weights: readonly number[]): number {
  const W = weights.reduce((s, w) => s + w, 0);
  return values.reduce((s, v, i) => s + v * weights[i]!, 0) / W;
}

function ordinal(n: number): string {
  const form = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return `${n}${{ one: 'st', two: 'nd', few: 'rd' }[form as 'one'] ?? 'th'}`;
}
