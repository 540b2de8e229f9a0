// Issue #16, edits and storage in real Chromium: a second file with the same name never
// replaces a layer's data (files are kept by content), Cancel leaves no bytes behind,
// bytes left by a reload in the middle of adding a file are swept at the next start — but
// never those a second tab is still adding — and two tabs on one project never overwrite
// each other's edits.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { launchChromium } from './browser.ts';
import { waitForIdle } from './page-helpers.ts';
import { addFile, storedFileIds, waitForStart } from './storage-helpers.ts';

const SAME = path.join(ROOT, 'tests/fixtures/same-name');
const dialog = (page: Page) => page.locator('dialog.add-data-dialog');
const cell = (page: Page, measure: string) => page.locator(`tr[data-district-id="KE-01"] td[data-measure="${measure}"]`).innerText();

/** Confirms the dialog's file as table `name` joined on geo_id, then a rate `id` = users / people over it. */
async function addRate(page: Page, name: string, id: string): Promise<void> {
  await dialog(page).getByLabel('District table (census, survey…)').check();
  await dialog(page).getByRole('textbox', { name: 'Layer name' }).fill(name);
  await dialog(page).getByLabel('column for district').selectOption('geo_id');
  await dialog(page).getByRole('button', { name: 'Add to project' }).click();
  await dialog(page).waitFor({ state: 'detached' });
  await waitForIdle(page);
  // A bundled project's data panel starts closed.
  const panel = page.locator('details.layers-panel');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await page.getByRole('button', { name: 'Define an indicator…' }).click();
  const form = page.getByRole('form', { name: 'Define an indicator' });
  await form.getByRole('textbox', { name: 'Id' }).fill(id);
  await form.getByLabel('Table', { exact: true }).selectOption(name);
  await form.getByLabel('group 1 numerator').selectOption('users');
  await form.getByLabel('group 1 denominator').selectOption('people');
  await form.getByRole('button', { name: 'Add indicator' }).click();
  await form.waitFor({ state: 'detached' });
  await waitForIdle(page);
  await page.locator('.measure-picker select').selectOption(`${id}.total`);
  await waitForIdle(page);
}

describe.skipIf(inject('browserMissing'))('files kept by content (#16)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a second t.csv, cancelled, changes nothing and leaves nothing; confirmed, it is a file of its own', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(inject('baseUrl'));
    await waitForIdle(page);
    await addFile(page, path.join(SAME, 'v1/t.csv'));
    await addRate(page, 't', 'online');
    // Mombasa: 431,327 internet users of 1,100,173 people aged 3+ (KNBS 2019) = 39.2 %.
    expect(await cell(page, 'online.total')).toBe('39.2 %');
    const kept = await storedFileIds(page);
    expect(kept).toHaveLength(1);

    await addFile(page, path.join(SAME, 'v2/t.csv'));
    expect(await dialog(page).locator('#add-data-title').innerText()).toBe('Add t (2).csv');
    expect(await storedFileIds(page)).toHaveLength(2);
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => storedFileIds(page)).toEqual(kept);

    await page.reload();
    await waitForIdle(page);
    await page.locator('.measure-picker select').selectOption('online.total');
    await waitForIdle(page);
    expect(await cell(page, 'online.total')).toBe('39.2 %');

    // Confirmed, the second t.csv is "t (2).csv": Mombasa's 184,713 computer users = 16.8 %, the first layer unchanged.
    await addFile(page, path.join(SAME, 'v2/t.csv'));
    await addRate(page, 't2', 'computers');
    expect(await cell(page, 'computers.total')).toBe('16.8 %');
    await page.reload();
    await waitForIdle(page);
    await page.locator('.measure-picker select').selectOption('computers.total');
    await waitForIdle(page);
    expect(await cell(page, 'computers.total')).toBe('16.8 %');
    await page.locator('.measure-picker select').selectOption('online.total');
    await waitForIdle(page);
    expect(await cell(page, 'online.total')).toBe('39.2 %');
    expect(await storedFileIds(page)).toHaveLength(2);
    await page.context().close();
  }, 420_000);

  test("a reload while a file is in the dialog leaves no bytes behind, but a second tab's file in its dialog is kept", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [first, second] = [await context.newPage(), await context.newPage()];
    for (const page of [first, second]) {
      await page.goto(inject('baseUrl'));
      await waitForIdle(page);
    }
    // The second tab edits a project of its own (the first has Kenya, so the second shows Kenya read-only).
    await second.locator('.projects-menu summary').click();
    await second.getByRole('button', { name: 'New empty project' }).click();
    await second.locator('.empty-state').waitFor();
    await addFile(second, path.join(SAME, 'v2/t.csv'));
    await addFile(first, path.join(SAME, 'v1/t.csv'));
    const both = await storedFileIds(first);
    expect(both).toHaveLength(2);
    // The last project opened is the second tab's empty one: the first tab reopens it (read-only).
    await first.reload();
    await waitForStart(first);
    // The first tab's file went at its start-up sweep; the second tab's, still in its dialog, stayed.
    const left = await storedFileIds(first);
    expect(left).toHaveLength(1);
    await second.close();
    await first.reload();
    await waitForStart(first);
    expect(await storedFileIds(first)).toEqual([]);
    await context.close();
  }, 300_000);

  test("two tabs on one project: the second shows it read-only, then takes over with the first tab's edits when the first closes", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const title = (page: Page) => page.getByLabel('Project title');
    const first = await context.newPage();
    await first.goto(inject('baseUrl'));
    await waitForIdle(first);
    await title(first).fill('Edited in the first tab');
    expect(await first.getByTestId('read-only').count()).toBe(0);

    const second = await context.newPage();
    await second.goto(inject('baseUrl'));
    await waitForIdle(second);
    await second.getByTestId('read-only').waitFor();
    expect(await title(second).inputValue()).toBe('Edited in the first tab');
    // An edit here is refused with a word, not kept in this tab only to be overwritten or to overwrite.
    await title(second).fill('Edited in the second tab');
    expect(await title(second).inputValue()).toBe('Edited in the first tab');
    expect(await second.locator('.notice[role="alert"]').allInnerTexts()).toContainEqual(expect.stringContaining('Not changed: this project is open in another tab.'));

    await title(first).fill('Edited in the first tab, last');
    await first.close();
    await second.getByTestId('read-only').waitFor({ state: 'detached' });
    await waitForIdle(second);
    expect(await title(second).inputValue()).toBe('Edited in the first tab, last');
    await title(second).fill('Edited in the second tab');
    await second.reload();
    await waitForIdle(second);
    expect(await title(second).inputValue()).toBe('Edited in the second tab');
    expect(await second.getByTestId('read-only').count()).toBe(0);
    await context.close();
  }, 300_000);
});
