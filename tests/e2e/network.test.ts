// Issue #15 in real headless Chromium: a planner opens the Nairobi community-network example,
// plans the network and sees every node's link (table, summary, links.csv — each link checked
// against the raw coordinates with turf), then plans the three-year roll-out and moves the
// year slider by keyboard; every year keeps its budget in the exported plan.
import { distance } from '@turf/turf';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DATA } from '../helpers/paths.ts';
import { launchChromium } from './browser.ts';
import { openApp, waitForIdle } from './page-helpers.ts';
import { axeViolations, openExamplePlanning, openTab, planning, saveDownload, sitesTable, solve } from './planning-helpers.ts';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const hospitals = new Map(csv(path.join(DATA, 'kenya/ke_health_facilities_kmhfl.csv')).filter((r) => r.geo_id === 'KE-47' && r.keph_level === 'Level 4' && r.owner_type === 'Ministry of Health').map((r) => [r.facility_id!, r]));

describe.skipIf(inject('browserMissing'))('a community network and a roll-out in Nairobi', () => {
  let browser: Browser;
  let page: Page;
  const work = mkdtempSync(path.join(tmpdir(), 'lastmile-network-e2e-'));

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('baseUrl'))).page;
    await openExamplePlanning(page, 'Open the Nairobi community network and roll-out example', 'community network', 'mesh');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the network: every chosen node links within 3 km to another node or a hospital, as the table, the summary and links.csv say', async () => {
    await solve(page, planning(page).getByRole('button', { name: 'Run plan' }), 180_000);
    await openTab(page, 'Plan');
    const headers = await sitesTable(page).locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).toEqual(['Site', 'Ward', 'Cost', 'Newly covered', 'Links to', 'Hops']);
    const rows = await sitesTable(page).locator('tbody tr').count();
    const links = await planning(page).locator('.plan-network dt:text-is("Links") + dd').innerText();
    expect(links.startsWith(`${rows}, `)).toBe(true);
    const sites = csv(await saveDownload(page, 'plan.mesh.csv', path.join(work, 'plan.mesh.csv')));
    const linkRows = csv(await saveDownload(page, 'plan.mesh.links.csv', path.join(work, 'plan.mesh.links.csv')));
    expect(sites.length).toBe(rows);
    const byId = new Map(sites.map((s) => [s.site_id!, s]));
    for (const l of linkRows) {
      const from = byId.get(l.from!)!;
      const to = l.to_type === 'backhaul' ? hospitals.get(l.to!) : byId.get(l.to!);
      expect(to, `${l.from} → ${l.to}`).toBeDefined();
      const metres = distance([Number(from.lon), Number(from.lat)], [Number(to!.lon), Number(to!.lat)], { units: 'meters' });
      expect(metres).toBeLessThanOrEqual(3000 + 1e-6);
      expect(Number(l.length_m)).toBeCloseTo(metres, 3);
    }
    expect(linkRows.map((l) => l.from)).toEqual(sites.map((s) => s.site_id));
    expect(await page.locator('.plan-legend').innerText()).toContain('Backhaul (already connected)');
    expect(await axeViolations(page, 'section[aria-label="Planning"]')).toEqual([]);
  }, 240_000);

  test('the roll-out: three years within their budgets; the year slider moves by keyboard and the map shows what is built by then', async () => {
    await planning(page).locator('.scenario-bar select').selectOption('three_years');
    await waitForIdle(page);
    await solve(page, planning(page).getByRole('button', { name: 'Run plan' }), 180_000);
    await openTab(page, 'Plan');
    const rollout = planning(page).locator('.plan-rollout');
    const years = await rollout.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(years.map((y) => y[0])).toEqual(['2027', '2028', '2029']);
    const sites = csv(await saveDownload(page, 'plan.three_years.csv', path.join(work, 'plan.three_years.csv')));
    for (const [year, built] of years) {
      const ofYear = sites.filter((s) => s.year === year);
      expect(String(ofYear.length)).toBe(built);
      expect(ofYear.reduce((a, s) => a + Number(s.cost), 0)).toBeLessThanOrEqual(25000);
    }
    const slider = rollout.locator('input[type=range]');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => rollout.locator('output').innerText()).toBe('2027');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^2027: \d+ sites? built, [\d.]+ % covered$/);
    expect(await page.locator('.plan-legend').innerText()).toContain('Built in a later year');
    await page.keyboard.press('End');
    await expect.poll(() => rollout.locator('output').innerText()).toBe('2029');
    expect(await axeViolations(page, 'section[aria-label="Planning"]')).toEqual([]);
  }, 240_000);
});
