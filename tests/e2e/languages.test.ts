// The Kenya project in Arabic and in Swahili, in real headless Chromium: the language switch
// in the header is reached and used with the keyboard; Arabic lays the page out right to left
// (the table's name column on the right, Arabic-Indic digits) while the map keeps its
// geography; Swahili words the screens; axe-core finds nothing in either; the choice
// survives a reload. With UPDATE_SCREENSHOT=1 it writes docs/screenshot-{en,ar,sw}.png.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { launchChromium } from './browser.ts';
import { openApp, waitForIdle, type OpenedPage } from './page-helpers.ts';
import { axeViolations } from './planning-helpers.ts';

// Nairobi's city centre and Mombasa's: Mombasa lies ~2.8° east of Nairobi.
const NAIROBI = [36.82, -1.29] as const;
const MOMBASA = [39.66, -4.04] as const;
const ARABIC_DIGITS = /[٠-٩]/;
const LATIN_DIGITS = /[0-9]/;

describe.skipIf(inject('browserMissing'))('the Kenya project in Arabic and Swahili', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 });
    page = opened.page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const html = () => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  const languageSelect = () => page.locator('.app-header .language-switch select');
  /** Tabs from the project title to the language switch (it follows the project menu), failing if it is not reachable. */
  const tabToLanguage = async () => {
    await page.locator('.project-title-input').focus();
    for (let i = 0; i < 8; i++) {
      if (await languageSelect().evaluate((s) => s === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('the language switch is not reachable by Tab from the project title');
  };
  /** Moves the focused select `steps` options down with the arrow key (a closed native select changes at once). */
  const arrowDown = async (steps: number) => {
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  };
  const screenshot = async (name: string) => {
    await page.mouse.move(0, 0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: path.join(ROOT, `docs/${name}`) });
  };

  test('English first: the switch sits in the header, labelled, and the page is left to right', async () => {
    expect(await html()).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.locator('.app-header').getByLabel('Language').count()).toBe(1);
    expect(await page.locator('footer .language-switch').count()).toBe(0);
    await screenshot('screenshot-en.png');
  });

  test('Arabic by keyboard: the page runs right to left, the name column on the right, Arabic-Indic digits, the map unmirrored, axe clean', async () => {
    await tabToLanguage();
    // en, fr, es, ar: three steps down.
    await arrowDown(3);
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await html()).toEqual({ lang: 'ar', dir: 'rtl' });
    await waitForIdle(page);
    // The switch labels itself in the current language (with the English word to find it by).
    expect(await page.locator('.language-switch label').innerText()).toContain('اللغة');

    const row = page.locator('.district-table tbody tr:not(.spacer)').first();
    const name = (await row.locator('th').boundingBox())!;
    const figures = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().x));
    expect(figures.length).toBeGreaterThan(0);
    for (const x of figures) expect(name.x).toBeGreaterThan(x);
    const header = (await page.locator('.district-table thead th').first().boundingBox())!;
    expect(Math.abs(header.x - name.x)).toBeLessThan(2);

    const cells = await page.locator('.district-table tbody td').allInnerTexts();
    expect(cells.length).toBeGreaterThan(10);
    for (const text of cells.filter((c) => c !== '—')) {
      expect(text).toMatch(ARABIC_DIGITS);
      expect(text).not.toMatch(LATIN_DIGITS);
    }
    expect(await page.locator('.legend li[data-color]').first().innerText()).toMatch(ARABIC_DIGITS);

    // The map is geography: Mombasa stays east (right) of Nairobi on screen.
    const [nx] = await page.evaluate(([lon, lat]) => window.lastmileMap!.project(lon, lat), NAIROBI);
    const [mx] = await page.evaluate(([lon, lat]) => window.lastmileMap!.project(lon, lat), MOMBASA);
    expect(mx).toBeGreaterThan(nx);
    // The panels mirror: the figures sit left of the map.
    expect((await page.locator('aside.side').boundingBox())!.x).toBeLessThan((await page.locator('.map-area').boundingBox())!.x);

    expect(await axeViolations(page, 'body')).toEqual([]);
    await screenshot('screenshot-ar.png');
  });

  test('Arabic at 390 px: nothing is wider than the screen, the header switch included', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    const select = (await languageSelect().boundingBox())!;
    expect(select.x).toBeGreaterThanOrEqual(0);
    expect(select.x + select.width).toBeLessThanOrEqual(390);
    await page.locator('.phone-switch button').nth(1).click();
    await page.locator('.district-table tbody tr:not(.spacer)').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await sideways()).toBeLessThanOrEqual(0);
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-ar-390.png'), fullPage: true });
    await page.locator('.phone-switch button').nth(0).click();
    await page.setViewportSize({ width: 1440, height: 900 });
    await waitForIdle(page);
  });

  test('Swahili: the screens speak Swahili, left to right, axe clean', async () => {
    await tabToLanguage();
    // ar, zh, ru, sw: three steps down.
    await arrowDown(3);
    await page.waitForFunction(() => document.documentElement.lang === 'sw');
    expect(await html()).toEqual({ lang: 'sw', dir: 'ltr' });
    await waitForIdle(page);
    // sw.json: "app.mode.indicators": "Viashiria", "table.district": "Wilaya", "layers.title": "Data na ukaguzi".
    expect(await page.locator('.mode-switch').getByRole('button', { name: 'Viashiria' }).count()).toBe(1);
    expect(await page.locator('.district-table thead th').first().innerText()).toContain('Wilaya');
    expect(await page.locator('.layers-panel summary').innerText()).toBe('Data na ukaguzi');
    expect(await page.locator('.district-table tbody td').first().innerText()).toMatch(LATIN_DIGITS);
    expect(await axeViolations(page, 'body')).toEqual([]);
    await screenshot('screenshot-sw.png');
  });

  test('the choice is remembered across a reload', async () => {
    await page.reload();
    await waitForIdle(page);
    expect(await html()).toEqual({ lang: 'sw', dir: 'ltr' });
    expect(await languageSelect().inputValue()).toBe('sw');
    expect(await page.locator('.district-table thead th').first().innerText()).toContain('Wilaya');
    expect(opened.consoleErrors).toEqual([]);
  });
});
