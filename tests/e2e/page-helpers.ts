// Helpers for end-to-end journeys: open the app, wait for its explicit idle signal,
// record every request, and read what is on screen.
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  readonly consoleErrors: string[];
}

/** Opens `url` in a fresh page and waits until the app reports it is idle. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1400, height: 860 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(url);
  await waitForIdle(page);
  return { page, requests, consoleErrors };
}

/** Waits for `<html data-lastmile-state="idle">`, failing fast if the app shows an error. */
export async function waitForIdle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => ['idle', 'error'].includes(document.documentElement.dataset.lastmileState ?? ''),
    undefined,
    { timeout },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.lastmileState);
  if (state === 'error') throw new Error(`the app reported an error: ${await page.locator('.status').innerText()}`);
}

/** Hosts other than this machine that the page contacted. */
export function foreignHosts(requests: readonly string[]): string[] {
  return requests
    .map((u) => new URL(u))
    .filter((u) => u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:')
    .map((u) => u.hostname)
    .filter((h) => !['localhost', '127.0.0.1', '[::1]', '::1'].includes(h));
}

/** The RGB colour of one screen pixel, read from a real screenshot. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }));
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

/** Euclidean distance between two RGB colours. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** "#rrggbb" → [r, g, b]. */
export function hexRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Switches the UI language with the header's switch and waits until the page is idle in it. */
export async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.locator('.app-header .language-switch select').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
  await waitForIdle(page);
}
