// Helpers for the planning journey: open the Nairobi example in planning mode, run a scenario
// and wait for the app's idle signal, read the plan's tables, save downloads, run axe-core.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../helpers/paths.ts';
import { waitForIdle } from './page-helpers.ts';

/** The planning side panel. */
export const planning = (page: Page): Locator => page.locator('section[aria-label="Planning"]');

/** The table of the plan's chosen sites. */
export const sitesTable = (page: Page): Locator => planning(page).locator('table[aria-label^="Chosen sites"]');

/** Opens the bundled Nairobi Wi-Fi example, switches to planning and opens `scenario`. */
export async function openNairobiPlanning(page: Page, scenario = 'ward_floor'): Promise<void> {
  await openExamplePlanning(page, 'Open the Nairobi public Wi-Fi planning example', 'Nairobi', scenario);
}

/** Opens a bundled example by its menu button, waits for its title, switches to planning and opens `scenario`. */
export async function openExamplePlanning(page: Page, button: string, title: string, scenario: string): Promise<void> {
  await page.locator('.projects-menu summary').click();
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction((t) => (document.querySelector<HTMLInputElement>('.project-title-input')?.value ?? '').includes(t), title, { timeout: 60_000 });
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Plan sites' }).click();
  await planning(page).waitFor();
  await planning(page).locator('.scenario-bar select').selectOption(scenario);
  await waitForIdle(page);
}

/** Clicks a planning tab (Scenario, Plan, Compare, Price of equity). */
export async function openTab(page: Page, name: string): Promise<void> {
  await planning(page).getByRole('tab', { name, exact: true }).click();
  await page.waitForFunction((n) => [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].some((t) => t.textContent === n), name);
}

/** Presses `button` (Run plan or Re-solve), waits for the solve to start and for the app to be idle again. */
export async function solve(page: Page, button: Locator, timeout = 120_000): Promise<void> {
  await button.click();
  await page.waitForFunction(() => document.documentElement.dataset.lastmileState === 'loading', undefined, { timeout: 10_000 });
  await waitForIdle(page, timeout);
}

/** Keys of the sites table's rows, in table order. */
export async function siteKeys(page: Page): Promise<string[]> {
  return sitesTable(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-site') ?? ''));
}

/** Selects the sites-table row `steps` below the row holding keyboard focus, by keyboard; returns its key. */
export async function selectSiteByKeyboard(page: Page, steps: number): Promise<string> {
  await sitesTable(page).locator('tbody tr[tabindex="0"]').focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  const key = await page.evaluate(() => document.activeElement?.getAttribute('data-site') ?? '');
  await page.keyboard.press('Enter');
  await page.locator('.site-panel .site-details h2', { hasText: key }).waitFor();
  return key;
}

/** Clicks `button` (found by exact name) and saves the download it starts to `to`. */
export async function saveDownload(page: Page, name: string, to: string, menu?: string): Promise<string> {
  if (menu) await page.locator(`${menu} summary`).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  await file.saveAs(to);
  return to;
}

/** A number shown by the app ("2,798,589", "20.0 %") as a number. */
export function shownNumber(text: string): number {
  const m = /-?[\d,]+(\.\d+)?/.exec(text);
  if (!m) throw new Error(`no number in "${text}"`);
  return Number(m[0].replace(/,/g, ''));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/** Runs axe-core (every rule enabled) on `selector` and returns its violations, trimmed to what a report needs. */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The app's Content-Security-Policy forbids inline scripts (addScriptTag); evaluate runs outside it.
    await page.evaluate(readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document.querySelector(sel)!, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, selector);
}

/**
 * Clicks `button` inside the page and measures, with performance.now(), the milliseconds until
 * the UI shows that nothing runs: "Run plan" enabled again and no Cancel button.
 */
export async function msUntilNotRunning(page: Page, button: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const panel = document.querySelector('section[aria-label="Planning"]')!;
        const buttons = () => [...panel.querySelectorAll<HTMLButtonElement>('.run-buttons button')];
        const target = buttons().find((b) => b.textContent?.trim() === name);
        if (!target || target.disabled) return reject(new Error(`no enabled "${name}" button`));
        const idle = () => {
          const run = buttons().find((b) => b.textContent?.trim() === 'Run plan');
          return !!run && !run.disabled && !buttons().some((b) => b.textContent?.trim() === 'Cancel');
        };
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!idle()) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(panel, { subtree: true, childList: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the UI still showed a run 10 s after "${name}"`));
        }, 10_000);
        target.click();
      }),
    button,
  );
}
