// Dev harness only: drives the planning views by keyboard and mouse in Chromium and prints what
// happened, to check by eye (not a test tier). Run: npx tsx dev/plan-harness/keys.ts
import { createServer } from 'vite';
import { launchChromium } from '../../tests/e2e/browser.ts';

const server = await createServer({ root: new URL('../..', import.meta.url).pathname, server: { port: 5198, strictPort: false }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
const say = (what: string, value: unknown) => console.log(`${what}: ${JSON.stringify(value)}`);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(`${base}dev/plan-harness.html?view=curve`);
  await page.waitForFunction(() => !document.querySelector('.equity-curve [role=status]') && document.querySelectorAll('[role=radio]').length > 1, null, { timeout: 120_000 });
  await page.locator('[role=radio]').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  say('curve: checked after → →', await page.locator('[role=radio][aria-checked=true]').getAttribute('aria-label'));
  say('curve: focused', await page.evaluate(() => document.activeElement?.getAttribute('aria-label')));
  say('curve: table radio checked', await page.locator('.curve-table input:checked').evaluate((e) => e.closest('tr')?.textContent));

  await page.goto(`${base}dev/plan-harness.html?view=plan`);
  await page.waitForFunction(() => document.documentElement.dataset.harness === 'idle', null, { timeout: 60_000 });
  const rows = page.locator('table[aria-label^="Chosen sites"] tbody tr');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  say('sites: selected after ↓ Enter', await page.locator('.site-details h2').textContent());
  await page.getByRole('button', { name: 'Lock in' }).click();
  say('undo after Lock in', await page.locator('.site-panel button', { hasText: 'Undo' }).textContent());
  await page.getByRole('button', { name: 'Add a site on the map' }).click();
  const map = page.locator('.map');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
  say('undo after a map click', await page.locator('.site-panel button', { hasText: 'Undo' }).textContent());
  await page.locator('.site-panel button', { hasText: 'Undo' }).click();
  await page.locator('.site-panel button', { hasText: 'Undo' }).click();
  say('undo after undoing both', await page.locator('.site-panel button', { hasText: 'Undo' }).textContent());
  await page.getByRole('button', { name: 'Lock in' }).click();
  await page.getByRole('button', { name: 'Re-solve' }).click();
  await page.waitForFunction(() => !document.querySelector('.site-panel p.counts'), null, { timeout: 60_000 });
  say('after re-solve, locked rows', await page.locator('table[aria-label^="Chosen sites"] tbody tr', { hasText: 'locked' }).allTextContents());
  const m = await page.locator('.map').boundingBox();
  await page.mouse.move(m!.x + 10, m!.y + 10);
  say('districts: sorted by After ▲ first row', await page.locator('table[aria-label^="Coverage by"] tbody tr').first().textContent());
} finally {
  await browser.close();
  await server.close();
}
