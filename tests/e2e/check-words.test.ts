// Issue #17 in real Chromium: the "Data and checks" panel and the Export menu's licence warning
// in French and Arabic. The KNBS table with a -9 "not reported" code (read-the-map.test.ts reads
// it in English) gives one coded line per column; the project lists no source, so the Export
// menu warns that its files are uncredited.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DATA, ROOT } from '../helpers/paths.ts';
import { launchChromium } from './browser.ts';
import { chooseLanguage, openApp, waitForIdle } from './page-helpers.ts';

const SHOTS = process.env.CHECK_WORDS_SHOTS;

describe.skipIf(inject('browserMissing'))('check lines in the app language', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 })).page;
    const dir = path.join(ROOT, 'tests/fixtures/projects/not-reported');
    await page.getByTestId('open-project-input').setInputFiles([path.join(dir, 'not-reported.lastmile.json'), path.join(dir, 'urban_by_sex.csv'), path.join(DATA, 'kenya/ke_counties.geojson')]);
    await page.waitForFunction(() => /not-reported codes/.test((document.querySelector('.project-title-input') as HTMLInputElement | null)?.value ?? ''));
    await waitForIdle(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const language = (code: string) => chooseLanguage(page, code);

  test('English first: the line is the CLI\'s reason', async () => {
    expect(await page.locator('.layers-panel').innerText()).toContain('5 values are -9, the file\'s code for “not reported”: counted as missing');
  });

  test('French: the -9 line translated, its column kept; the licence warning translated', async () => {
    await language('fr');
    const text = await page.locator('.layers-panel').innerText();
    expect(text).toMatch(/colonne « \w+ » : 5 valeurs valent -9, le code du fichier pour « non déclaré » : comptées comme manquantes/);
    expect(text).not.toContain('counted as missing');
    await page.locator('.results-menu summary').click();
    expect(await page.locator('.results-menu .licence-warning').innerText()).toContain('Aucune source ni licence n’est indiquée pour');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'checks-fr-1440.png') });
    await page.locator('.results-menu summary').click();
  });

  test('Arabic: the count in Arabic-Indic digits, the code and the column as written', async () => {
    await language('ar');
    const text = await page.locator('.layers-panel').innerText();
    // 5 takes the "few" form (3–10): "٥ قيم".
    expect(text).toContain('٥ قيم تساوي -9');
    expect(text).not.toContain('counted as missing');
    if (SHOTS) {
      await page.locator('.layers-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'checks-ar-1440.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, 'checks-ar-390.png') });
    }
  });
});
