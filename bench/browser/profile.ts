// Where the main thread's time goes on hover, click and sort with 3,240 districts: a Chromium
// CPU profile (CDP `Profiler`) around each interaction of an unminified build, printed as the
// functions with the most self and total time (load, hover, click, sort, edit). For finding causes, not for budgets (bench:browser).
// Usage: npx tsx bench/browser/profile.ts [--no-build]   (dist in /tmp/dist-fastmap-profile, port 4421)
import path from 'node:path';
import { tmpdir } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../../tests/e2e/browser.ts';
import { waitForIdle } from '../../tests/e2e/page-helpers.ts';
import { writeCountyGrid } from './county-grid.ts';

const OUT_DIR = process.env.LASTMILE_PROFILE_DIST ?? '/tmp/dist-fastmap-profile';
const PORT = Number(process.env.LASTMILE_PROFILE_PORT ?? 4421);
const TOP = 25;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

if (!process.argv.includes('--no-build')) {
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, minify: false } });
}
const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const fixture = writeCountyGrid(path.join(tmpdir(), 'lastmile-profile-counties'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await waitForIdle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await profiled(cdp, 'load', async () => {
    await page.getByTestId('open-project-input').setInputFiles([fixture.project, ...fixture.files]);
    await page.waitForFunction(() => document.querySelector('.project-title-input')?.getAttribute('value')?.startsWith('Synthetic counties'), undefined, { timeout: 180_000 });
    await page.locator('.district-table tbody tr[data-district-id]').first().waitFor({ timeout: 180_000 });
    await waitForIdle(page, 180_000);
  });
  const onScreen = (r: number, c: number) =>
    page.evaluate(([lon, lat]) => {
      const [x, y] = window.lastmileMap!.project(lon!, lat!);
      const box = document.querySelector('.map')!.getBoundingClientRect();
      return [x + box.left, y + box.top] as [number, number];
    }, [-100 + (c + 0.5) * 0.5, 28 + (r + 0.5) * 0.5]);
  const [x, y] = await onScreen(27, 30);
  await profiled(cdp, 'hover', async () => {
    for (const [r, c] of [[27, 30], [27, 31], [26, 31], [26, 30]] as const) {
      const [hx, hy] = await onScreen(r, c);
      await page.mouse.move(hx, hy);
      await page.locator('.tooltip', { hasText: `County ${r + 1}-${c + 1}` }).waitFor();
      await settle(page);
    }
  });
  await profiled(cdp, 'click', async () => {
    await page.mouse.click(x, y);
    await page.locator('.district-details', { hasText: 'County 28-31' }).waitFor();
    await waitForIdle(page);
  });
  await profiled(cdp, 'sort', async () => {
    await page.locator('.district-table thead th button').nth(1).click();
    await waitForIdle(page);
    await settle(page);
  });
  await page.locator('.composite-panel summary').click();
  await profiled(cdp, 'edit', async () => {
    await page.getByLabel('weight of pillar homes').fill('2');
    await page.getByRole('button', { name: /apply/i }).click();
    await page.waitForFunction(() => document.documentElement.dataset.lastmileState !== 'idle').catch(() => {});
    await waitForIdle(page);
    await settle(page);
  });
} finally {
  await browser.close();
  await server.close();
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
}

async function profiled(cdp: CDPSession, label: string, act: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  report(label, profile);
}

/** Prints the functions with the most self time, and with the most total (inclusive) time. */
function report(label: string, profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    if (['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)) continue;
    busy += ms;
    selfBy.set(name(node), (selfBy.get(name(node)) ?? 0) + ms);
    // Each function once per stack, so recursion is not counted twice.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  console.log(`\n== ${label}: ${busy.toFixed(0)} ms of JS sampled\n-- self\n${top(selfBy)}\n-- total\n${top(totalBy)}`);
}
