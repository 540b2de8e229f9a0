// Issue #17 in real Chromium: bad CSV files added with the app in Swahili and in Arabic. A row
// DuckDB's reader set aside is worded in the planner's language, keeps its row and column, and
// quotes DuckDB's own detail; the add-data dialog's reasons are in Swahili; a file refused outright is named in the notice with a translated
// reason; the map's credit line follows the language switch.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BAD } from '../helpers/bad-corpus.ts';
import { launchChromium } from './browser.ts';
import { chooseLanguage, openApp, waitForIdle } from './page-helpers.ts';

const SHOTS = process.env.LOAD_WORDS_SHOTS;
/** DuckDB's message for ragged-rows.csv's line 3 (tests/fixtures/bad/expected.json), never translated. */
const DETAIL = 'Expected Number of Columns: 3 Found: 2';

describe.skipIf(inject('browserMissing'))('load messages in the app language', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 })).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const language = (code: string) => chooseLanguage(page, code);
  const credit = () => page.locator('.maplibregl-ctrl-attrib').innerText();
  const shot = async (name: string, width: number) => {
    if (!SHOTS) return;
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: false });
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  test('Swahili: the map credit follows the switch; a rejected row is worded in Swahili with its row, column and DuckDB’s detail', async () => {
    expect(await credit()).toContain('Basemap: Natural Earth');
    await language('sw');
    expect(await credit()).toContain('Ramani ya msingi: Natural Earth');
    expect(await credit()).not.toContain('Basemap');

    await page.getByTestId('add-data-input').setInputFiles(path.join(BAD, 'ragged-rows.csv'));
    const dialog = page.locator('dialog.add-data-dialog');
    await dialog.waitFor();
    // The dialog's reasons for its guess, in Swahili with the column kept.
    const reasons = await dialog.locator('ul.reasons').innerText();
    expect(reasons).toContain('“geo_id” inalingana na vitambulisho');
    expect(reasons).not.toContain('district ids');
    await shot('sw-dialog', 1440);
    await dialog.getByLabel('safu wima ya district').selectOption('geo_id');
    await dialog.getByRole('button', { name: 'Ongeza kwenye mradi' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForIdle(page);
    const layer = page.locator('.layers-panel [data-layer="ragged_rows"]');
    const text = await layer.innerText();
    expect(text).toContain('ragged-rows.csv');
    // Row 3 and column "households" as the English panel names them (bad-files.test.ts), the sentence in Swahili.
    expect(text).toContain(`safu mlalo 3: safu wima “households”: kisomaji cha CSV kimeiweka kando safu mlalo hii (safu wima zinakosekana): “${DETAIL}”`);
    expect(text).not.toContain('missing columns');
    await layer.scrollIntoViewIfNeeded();
    await shot('sw-rejected', 1440);
    await shot('sw-rejected', 390);
  });

  test('Arabic: the same row in Arabic with Arabic-Indic digits; an empty file is refused with its name and an Arabic reason', async () => {
    await language('ar');
    const text = await page.locator('.layers-panel [data-layer="ragged_rows"]').innerText();
    expect(text).toContain(`الصف ٣: العمود «households»: استبعد قارئ CSV هذا الصف (أعمدة ناقصة): «${DETAIL}»`);
    expect(await credit()).toContain('الخريطة الأساسية: Natural Earth');

    await page.getByTestId('add-data-input').setInputFiles(path.join(BAD, 'empty.csv'));
    const notice = page.locator('p.notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('empty.csv: الملف فارغ');
    expect(await notice.innerText()).not.toContain('the file is empty');
    await shot('ar-empty', 1440);
    await shot('ar-empty', 390);
  });
});
