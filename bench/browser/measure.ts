// One measured interaction: counters reset, the interaction, the app idle and the map drawn,
// then the counts, main-thread script time (Chrome's ScriptDuration) and the longest task.
import type { CDPSession, Page } from 'playwright-core';
import { waitForIdle } from '../../tests/e2e/page-helpers.ts';

export interface Row {
  readonly label: string;
  readonly drawCalls: number;
  readonly vertices: number;
  readonly readPixels: number;
  readonly geometryBytes: number;
  readonly otherBytes: number;
  readonly uniformBytes: number;
  readonly domElements: number;
  /** Main-thread JavaScript, ms (hardware-dependent: read it against the others). */
  readonly scriptMs: number;
  readonly longestTaskMs: number;
  readonly duckdbQueries: number;
}

const sessions = new WeakMap<Page, CDPSession>();

async function scriptSeconds(page: Page): Promise<number> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

/** Runs `act` between a counter reset and a settled, idle page; returns what it cost. */
export async function measure(page: Page, label: string, act: () => Promise<void>): Promise<Row> {
  await settle(page);
  await page.evaluate(() => window.lastmileBench!.reset());
  const script0 = await scriptSeconds(page);
  await act();
  await waitForIdle(page);
  await settle(page);
  const script1 = await scriptSeconds(page);
  const c = await page.evaluate(() => window.lastmileBench!.counts);
  const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    label,
    drawCalls: c.drawCalls,
    vertices: c.vertices,
    readPixels: c.readPixels,
    geometryBytes: c.geometryBytes,
    otherBytes: c.otherBytes,
    uniformBytes: c.uniformBytes,
    domElements,
    scriptMs: (script1 - script0) * 1000,
    longestTaskMs: Math.max(0, ...c.longTasks.map(([, d]) => d)),
    duckdbQueries: c.duckdbQueries,
  };
}

/** Two animation frames and a quiet moment, so deck.gl's deferred redraws are counted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
}

/** Prints the rows as a table with the targets. */
export function printRows(rows: readonly Row[]): void {
  const n = (x: number) => Math.round(x).toLocaleString('en-GB');
  console.log('interaction | draw calls | vertices | readPixels | geometry bytes | colour & other bytes | uniform bytes | DOM elements | script ms | longest task ms | DuckDB queries');
  console.log('---|---|---|---|---|---|---|---|---|---|---');
  for (const r of rows) {
    console.log([r.label, n(r.drawCalls), n(r.vertices), n(r.readPixels), n(r.geometryBytes), n(r.otherBytes), n(r.uniformBytes), n(r.domElements), n(r.scriptMs), n(r.longestTaskMs), n(r.duckdbQueries)].join(' | '));
  }
  console.log('targets: readPixels ≤ 1 per hover and click; geometry bytes 0 per click and edit; DOM ≤ 1,500; sort ≤ 50 ms and hover ≤ 16 ms script; no task > 100 ms besides drawing');
}
