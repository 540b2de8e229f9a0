// Long work can be cancelled: with a data file held back, the planner presses Cancel, the
// app says so and stays usable, and "Load again" opens the project.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { waitForIdle } from './page-helpers.ts';

describe.skipIf(inject('browserMissing'))('cancelling a load', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Cancel stops the load; Load again completes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    await page.route('**/ke_schools_moe*.csv', async (route) => {
      if (holding) await held;
      await route.continue();
    });
    await page.goto(inject('baseUrl'));
    await page.getByText('reading ke_schools_moe.csv').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Loading was cancelled.').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.lastmileState)).toBe('cancelled');
    holding = false;
    release();
    await page.getByRole('button', { name: 'Load again' }).click();
    await waitForIdle(page);
    expect(await page.locator('.district-table tbody tr').count()).toBe(47);
    await page.close();
  });
});
