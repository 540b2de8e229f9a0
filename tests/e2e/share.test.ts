// Sharing a study from the app (issue #20): the Kenya report printed to PDF by Chromium (and
// the same HTML as `lastmile report`), and a Nairobi plan bundle exported from the app, opened
// in a fresh browser profile and by the CLI, reproducing districts.csv and the plan files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';
import { launchChromium } from './browser.ts';
import { foreignHosts, openApp, waitForIdle, type OpenedPage } from './page-helpers.ts';
import { openNairobiPlanning, openTab, planning, saveDownload, solve } from './planning-helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'lastmile-share-e2e-'));
const withoutSeconds = (json: string) => ({ ...(JSON.parse(json) as object), seconds: 0 });
/** The report's date line differs between runs; everything else must not. */
const withoutDate = (html: string) => html.replace(/ · \d{4}-\d{2}-\d{2}\./, '.');

/** Clicks an Export menu entry (by the start of its label) and saves the download. */
async function exportFile(page: Page, label: RegExp, to: string): Promise<string> {
  await page.locator('.results-menu summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.results-menu').getByRole('button', { name: label }).click()]);
  await file.saveAs(to);
  return to;
}

describe.skipIf(inject('browserMissing'))('sharing a study', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openApp(browser, inject('baseUrl'));
    page = opened.page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the Kenya report prints to PDF in Chromium and is the HTML `lastmile report` writes', async () => {
    const html = await exportFile(page, /^Printable report/, path.join(work, 'kenya.report.html'));
    const cliReport = path.join(work, 'cli-kenya.report.html');
    expect(await main(['report', path.join(EXAMPLES, 'kenya.lastmile.json'), '--root', ROOT, '--out', cliReport, '--quiet'], sink(), sink())).toBe(0);
    // One function makes both: only the date line may differ.
    expect(withoutDate(readFileSync(html, 'utf8'))).toBe(withoutDate(readFileSync(cliReport, 'utf8')));

    const report = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await report.goto(`file://${html}`);
    expect(await report.locator('h1').innerText()).toBe('Kenya counties, 2019 census');
    expect(await report.locator('#districts tbody tr').count()).toBe(47);
    expect(await report.locator('#maps svg').count()).toBe(2);
    const pdf = await report.pdf({ format: 'A4', printBackground: true });
    writeFileSync(path.join(work, 'kenya.report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    // The page image in docs/ is the first printed page, as print CSS lays it out; a screenshot
    // has no @page margins, so the body gets the same 14 × 12 mm.
    await report.emulateMedia({ media: 'print' });
    await report.addStyleTag({ content: 'body { padding: 53px 45px !important; }' });
    await report.screenshot({ path: path.join(ROOT, 'docs/images/report-kenya.png'), clip: { x: 0, y: 0, width: 794, height: 1123 } });
    await report.close();
  });

  test('a Nairobi bundle from the app, opened in a fresh profile and by the CLI, gives the same districts.csv and plan files', async () => {
    await openNairobiPlanning(page, 'ward_floor');
    await solve(page, planning(page).getByRole('button', { name: 'Run plan' }));
    const zip = await exportFile(page, /^Plan bundle \(\.lastmile\.zip, 1 plan\)/, path.join(work, 'nairobi.lastmile.zip'));
    const entries = unzipSync(readFileSync(zip));
    const inBundle = (name: string) => strFromU8(entries[`outputs/${name}`]!);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json', 'project.lastmile.json', 'outputs/districts.csv', 'outputs/plan.ward_floor.csv', 'outputs/plan.ward_floor.json']));
    // The app's own DuckDB stored the CSV over 1 MB as Parquet (engine/bundle-parquet.ts); the 0.9 MB health list travels as it is.
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['inputs/ke_schools_moe.parquet', 'inputs/ke_health_facilities_kmhfl.csv']));

    // A fresh profile: no stored project, no stored file; the bundle alone.
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    const fresh = await context.newPage();
    const requests: string[] = [];
    fresh.on('request', (r) => requests.push(r.url()));
    await fresh.goto(inject('baseUrl'));
    await waitForIdle(fresh);
    await fresh.getByTestId('open-project-input').setInputFiles(zip);
    await fresh.waitForFunction(() => (document.querySelector<HTMLInputElement>('.project-title-input')?.value ?? '').includes('Nairobi'), undefined, { timeout: 60_000 });
    await waitForIdle(fresh);
    const freshDistricts = await saveDownload(fresh, 'districts.csv', path.join(work, 'fresh-districts.csv'), '.results-menu');
    expect(readFileSync(freshDistricts, 'utf8')).toBe(inBundle('districts.csv'));
    await fresh.getByRole('button', { name: 'Plan sites' }).click();
    await planning(fresh).locator('.scenario-bar select').selectOption('ward_floor');
    await solve(fresh, planning(fresh).getByRole('button', { name: 'Run plan' }));
    await openTab(fresh, 'Plan');
    const freshCsv = await saveDownload(fresh, 'plan.ward_floor.csv', path.join(work, 'fresh-plan.csv'));
    const freshJson = await saveDownload(fresh, 'plan.ward_floor.json', path.join(work, 'fresh-plan.json'));
    expect(readFileSync(freshCsv, 'utf8')).toBe(inBundle('plan.ward_floor.csv'));
    expect(withoutSeconds(readFileSync(freshJson, 'utf8'))).toEqual(withoutSeconds(inBundle('plan.ward_floor.json')));
    expect(foreignHosts(requests)).toEqual([]);
    await context.close();

    // The CLI reads the .zip itself.
    const out = path.join(work, 'cli');
    expect(await main(['run', zip, '--out', out, '--quiet'], sink(), sink())).toBe(0);
    expect(await main(['plan', zip, '--scenario', 'ward_floor', '--out', out, '--quiet'], sink(), sink())).toBe(0);
    expect(readFileSync(path.join(out, 'districts.csv'), 'utf8')).toBe(inBundle('districts.csv'));
    expect(readFileSync(path.join(out, 'plan.ward_floor.csv'), 'utf8')).toBe(inBundle('plan.ward_floor.csv'));
    expect(withoutSeconds(readFileSync(path.join(out, 'plan.ward_floor.json'), 'utf8'))).toEqual(withoutSeconds(inBundle('plan.ward_floor.json')));
  }, 600_000);

  test('Ookla tiles (CC BY-NC-SA): the Export menu warns before anything is saved, and districts.geojson carries the warning', async () => {
    await page.getByTestId('open-project-input').setInputFiles([path.join(EXAMPLES, 'hawaii.lastmile.json'), path.join(DATA, 'hawaii/hi_counties.geojson'), path.join(DATA, 'hawaii/hi_ookla_tiles_2019_2022.parquet')]);
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.project-title-input')?.value ?? '').includes('Hawaii'), undefined, { timeout: 60_000 });
    await waitForIdle(page);
    const warning = 'is licensed CC BY-NC-SA 4.0 (non-commercial, share-alike): non-commercial use only; what you publish from it must carry the same licence.';
    await page.locator('.results-menu summary').click();
    expect(await page.locator('.results-menu .licence-warning').innerText()).toContain(warning);
    await page.locator('.results-menu summary').click();
    const geojson = await exportFile(page, /^districts\.geojson/, path.join(work, 'hawaii.geojson'));
    const credits = (JSON.parse(readFileSync(geojson, 'utf8')) as { lastmile: { licence_warnings: string[]; sources: string[] } }).lastmile;
    expect(credits.licence_warnings.join(' ')).toContain(warning);
    expect(credits.sources[1]).toContain('licence: CC BY-NC-SA 4.0');
  });

  test('the journey asked nothing of any other host and logged no error', () => {
    expect(foreignHosts(opened.requests)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });
});
