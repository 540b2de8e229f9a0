// Kenya's first visit (issue #18: table visible ≤ 4 s, blocking time before it ≤ 0.3 s, ≤ 40
// DuckDB calls), measured on this tree's build and — with --baseline — on another build served
// beside it in the same run, visits alternating, so the ratio reads the same under any load.
// Prints each visit and the medians; the DuckDB queries and bytes fetched are counts, the
// times depend on the machine (read them as ratios, with the load average printed).
// Usage: npx tsx bench/browser/kenya-load.ts [--no-build] [--baseline <dist dir>] [--visits 3]
//   e.g. build main once: git -C ../main worktree … && vite build --outDir /tmp/dist-main
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../../tests/e2e/browser.ts';
import { waitForIdle } from '../../tests/e2e/page-helpers.ts';
import { pageCountersScript } from './page-counters.ts';

const OUT_DIR = process.env.LASTMILE_BENCH_DIST ?? '/tmp/dist-kenya-load';
const PORT = Number(process.env.LASTMILE_BENCH_PORT ?? 4430);
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const baselineDir = arg('--baseline');
const visits = Number(arg('--visits') ?? 3);

interface Visit {
  readonly tableShownS: number;
  readonly blockingS: number;
  readonly longestTaskMs: number;
  readonly duckdbQueries: number;
  readonly duckdbRequests: number;
  /** Bytes of the bundled data files fetched (transfer size), all files of the project. */
  readonly dataBytes: number;
}

if (!process.argv.includes('--no-build')) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  process.env.NODE_ENV = nodeEnv;
}
const builds = [{ label: 'this tree', dir: OUT_DIR, port: PORT }, ...(baselineDir ? [{ label: 'baseline', dir: baselineDir, port: PORT + 1 }] : [])];
const servers = await Promise.all(builds.map((b) => preview({ logLevel: 'warn', build: { outDir: b.dir }, preview: { port: b.port, host: '127.0.0.1', strictPort: true } })));
const browser = await launchChromium();
const results = new Map<string, Visit[]>(builds.map((b) => [b.label, []]));
try {
  for (let v = 0; v < visits; v++) {
    for (const b of v % 2 === 0 ? builds : [...builds].reverse()) {
      const visit = await firstVisit(browser, `http://127.0.0.1:${b.port}/`);
      results.get(b.label)!.push(visit);
      console.log(`${b.label}, visit ${v + 1}: ${describe(visit)}; load average ${loadavg()[0]!.toFixed(1)}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}

console.log('\nKenya, first visit (bundled example, empty storage): medians');
const medians = new Map([...results].map(([label, rows]) => [label, median(rows)]));
for (const [label, m] of medians) console.log(`  ${label}: ${describe(m)}`);
console.log('  targets: table visible ≤ 4 s, blocking before it ≤ 0.3 s, DuckDB queries ≤ 40');
const base = medians.get('baseline');
const mine = medians.get('this tree')!;
if (base) {
  const r = (k: keyof Visit) => (mine[k] / base[k]).toFixed(2);
  console.log(`  this tree / baseline: table visible ×${r('tableShownS')}, blocking ×${r('blockingS')}, DuckDB queries ×${r('duckdbQueries')}, data bytes ×${r('dataBytes')}`);
}

/** One visit in a fresh context (empty storage): the bundled Kenya project until idle. */
async function firstVisit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  let dataBytes = 0;
  page.on('response', (response) => {
    if (/\/assets\/ke_[^/]*\.(csv|geojson)/.test(response.url())) void response.body().then((b) => (dataBytes += b.length)).catch(() => {});
  });
  await page.addInitScript(pageCountersScript());
  await page.goto(url);
  await waitForIdle(page, 180_000);
  const c = await page.evaluate(() => window.lastmileBench!.counts);
  await context.close();
  const shown = c.tableShownAt ?? Number.NaN;
  const before = c.longTasks.filter(([start]) => start < shown);
  return {
    tableShownS: shown / 1000,
    blockingS: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0) / 1000,
    longestTaskMs: Math.max(0, ...before.map(([, d]) => d)),
    duckdbQueries: c.duckdbQueries,
    duckdbRequests: c.duckdbRequests,
    dataBytes,
  };
}

function describe(v: Visit): string {
  return `table visible ${v.tableShownS.toFixed(2)} s, blocking before it ${v.blockingS.toFixed(2)} s (longest task ${Math.round(v.longestTaskMs)} ms), DuckDB queries ${v.duckdbQueries} (requests ${v.duckdbRequests}), data ${(v.dataBytes / 1e6).toFixed(2)} MB`;
}

function median(rows: readonly Visit[]): Visit {
  const mid = (k: keyof Visit) => {
    const sorted = rows.map((r) => r[k]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return { tableShownS: mid('tableShownS'), blockingS: mid('blockingS'), longestTaskMs: mid('longestTaskMs'), duckdbQueries: mid('duckdbQueries'), duckdbRequests: mid('duckdbRequests'), dataBytes: mid('dataBytes') };
}
