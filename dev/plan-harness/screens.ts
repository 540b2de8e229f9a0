// Dev harness only (not a test tier): serves the planning views, opens each at 390 px and
// 1440 px in Chromium, saves a screenshot, reports horizontal overflow and, when axe-core's
// axe.min.js is given (AXE=path), its violations. Run: npx tsx dev/plan-harness/screens.ts [outDir]
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from '../../tests/e2e/browser.ts';

const out = process.argv[2] ?? '/tmp/plan-screens';
const axe = process.env.AXE ?? '/tmp/axe/package/axe.min.js';
mkdirSync(out, { recursive: true });
const server = await createServer({ root: new URL('../..', import.meta.url).pathname, server: { port: 5199, strictPort: false }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
try {
  for (const width of [390, 1440]) {
    for (const view of (process.env.VIEWS ?? 'edit,plan,compare,curve').split(',')) {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 900 } });
      page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
      await page.goto(`${base}dev/plan-harness.html?view=${view}`);
      await page.waitForFunction(() => document.documentElement.dataset.harness === 'idle', null, { timeout: 60_000 }).catch(() => console.log('  map never idle'));
      await page.waitForFunction(() => !document.querySelector('.equity-curve [role=status]'), null, { timeout: 120_000 }).catch(() => console.log('  curve never finished'));
      const file = `${out}/${view}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      let violations = 'axe not run';
      if (existsSync(axe)) {
        await page.addScriptTag({ path: axe });
        const found = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
        });
        violations = found.length ? found.join('\n    ') : '0 violations';
      }
      console.log(`${view} @ ${width}px → ${file}; overflow ${overflow}px; axe: ${violations}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
