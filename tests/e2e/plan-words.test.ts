// Issue #17 in real Chromium: a Nairobi public Wi-Fi plan solved with the app in Swahili reads in
// Swahili — the solver's note under the plan and the progress line while it solves — and the same
// plan's note turns French when the planner switches language. In English the note is the CLI's
// own message (planning.test.ts reads the English plan).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './browser.ts';
import { chooseLanguage, openApp, waitForIdle } from './page-helpers.ts';
import { openNairobiPlanning } from './planning-helpers.ts';

const SHOTS = process.env.PLAN_WORDS_SHOTS;

/** The engine's English for the notes a proven or time-limited Nairobi plan can carry. */
const ENGLISH_NOTE = /proven optimal|Stopped at the|Plan found by the heuristic|The exact solver/;

/** The planning panel by its class: its accessible name is in the app's language. */
const panel = (page: Page) => page.locator('section.plan-panel');

describe.skipIf(inject('browserMissing'))('a plan solved in Swahili', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('baseUrl'), { width: 1440, height: 900 })).page;
    await openNairobiPlanning(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const language = (code: string) => chooseLanguage(page, code);

  test('the note under the plan and the progress line are Swahili, not English', async () => {
    await language('sw');
    // Every text the solving line shows, caught as it changes (a solve may pass a phase in a few ms).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { planStatusSeen: string[] }).planStatusSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.plan-status')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await panel(page).locator('.run-controls button.primary').click();
    await page.waitForFunction(() => document.documentElement.dataset.lastmileState === 'loading', undefined, { timeout: 10_000 });
    await waitForIdle(page, 120_000);
    await panel(page).getByRole('tab', { name: 'Mpango', exact: true }).click();
    const notes = panel(page).locator('.plan-summary .plan-messages');
    await notes.waitFor();
    const text = await notes.innerText();
    expect(text).not.toMatch(ENGLISH_NOTE);
    // ward_floor is proven optimal within its limit (planning.test.ts) — or, on a loaded machine, stopped at it.
    expect(text).toMatch(/Imethibitishwa kuwa mpango huu ni bora kabisa|Imesimama kwenye kikomo cha muda|Kitatuzi sahihi kimethibitisha/);
    const seen = await page.evaluate(() => (window as unknown as { planStatusSeen: string[] }).planStatusSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => /solving scenario|reading scenario|^starting$|greedy|presolve/.test(s))).toEqual([]);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'plan-notes-sw-1440.png') });
  }, 240_000);

  test('the same plan\'s note in French after switching language', async () => {
    await language('fr');
    const text = await panel(page).locator('.plan-summary .plan-messages').innerText();
    expect(text).not.toMatch(ENGLISH_NOTE);
    expect(text).toMatch(/Ce plan est prouvé optimal|Arrêt à la durée maximale|Le solveur exact a prouvé/);
    if (SHOTS) {
      await page.setViewportSize({ width: 390, height: 844 });
      await panel(page).locator('.plan-summary .plan-messages').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'plan-notes-fr-390.png') });
    }
  });
});
