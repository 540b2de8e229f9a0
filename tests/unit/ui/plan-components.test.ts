// The planning components rendered to HTML in Node: what the planner reads, and that every
// control has a label. (Interaction is tested end to end in tests/e2e/planning.test.ts.)
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import { CATALOGUES, createI18n } from '../../../src/i18n/i18n.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { curvePoint } from '../../../src/state/equity-curve.ts';
import { compareOutcomes } from '../../../src/state/scenario-compare.ts';
import { districtRows, floorStatus, siteRows } from '../../../src/state/plan-view.ts';
import { EquityCurve } from '../../../src/ui/plan/EquityCurve.tsx';
import { PlanDistrictsTable } from '../../../src/ui/plan/PlanDistrictsTable.tsx';
import { PlanSitesTable } from '../../../src/ui/plan/PlanSitesTable.tsx';
import { PlanSummary } from '../../../src/ui/plan/PlanSummary.tsx';
import { RunControls } from '../../../src/ui/plan/RunControls.tsx';
import { ScenarioCompare } from '../../../src/ui/plan/ScenarioCompare.tsx';
import { ScenarioEditor } from '../../../src/ui/plan/ScenarioEditor.tsx';
import { SitePanel } from '../../../src/ui/plan/SitePanel.tsx';
import { outcomeA, outcomeB } from '../state/plan-fixture.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** Ids of inputs and selects that no <label for>, wrapping <label> or aria-label names. */
function unlabelled(html: string): string[] {
  const labelled = new Set([...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map((m) => m[1]));
  const out: string[] = [];
  for (const m of html.matchAll(/<(input|select)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    const before = html.slice(0, m.index);
    const insideLabel = before.lastIndexOf('<label') > before.lastIndexOf('</label>');
    if (!insideLabel && !/aria-label=/.test(attrs) && !(id && labelled.has(id))) out.push(`${m[1]} ${attrs.trim()}`);
  }
  return out;
}

describe('plan summary', () => {
  test('the gap beside the objective, figures, floors and the shortfall sentence', () => {
    const scenario = { ...outcomeA.scenario, label: 'Schools first', floors: { district: 0.2 } };
    const plan = { ...outcomeA.plan, shortfall: { floors: [{ floor: 'district', district: null, required: 0.2, achieved: 0, kept: false }], budgetNeeded: 10000, sitesNeeded: 3, proven: true } };
    const html = renderToStaticMarkup(h(PlanSummary, { scenario, plan, figures: outcomeA.figures, floors: floorStatus([{ floor: 'district', district: 2, required: 0.2, achieved: 0, kept: false }]), districtNames: outcomeA.districtNames, demandWeight: outcomeA.demand.weight.reduce((a, w) => a + w, 0), districtNoun: 'ward' }));
    const t = text(html);
    expect(t).toContain('350 people covered — within 0.3 % of the best possible');
    expect(t).toContain('Covered 350 of 388 (90.2 %)');
    expect(t).toContain('Cost 9,000 of 9,000');
    expect(t).toContain('Cost per newly covered person 30');
    expect(t).toContain('Every ward at least 20 %: not met (smallest 0 %)');
    expect(t).toContain('The ward floor of 20 % cannot be met with a budget of 9,000: the smallest budget that meets it is 10,000.');
  });
});

describe('tables', () => {
  test('sites sorted by newly covered, the locked one tagged, the selected one marked', () => {
    const html = renderToStaticMarkup(h(PlanSitesTable, { rows: siteRows(outcomeA), selectedSite: 0, onSelect: () => {} }));
    expect([...html.matchAll(/data-site="([^"]+)"/g)].map((m) => m[1])).toEqual(['schools:2', 'schools:1']);
    expect(html).toMatch(/data-site="schools:1"[^>]*aria-selected="true"/);
    expect(html).toMatch(/data-site="schools:2"[^>]*aria-selected="false"/);
    expect(text(html)).toContain('schools:1 locked North 5,000 100');
  });

  test('districts before → after, lowest share first; East suppressed', () => {
    const html = renderToStaticMarkup(h(PlanDistrictsTable, { rows: districtRows(outcomeA, 10), selectedIndex: -1, districtNoun: 'ward', onSelect: () => {} }));
    expect([...html.matchAll(/data-district="([^"]+)"/g)].map((m) => m[1])).toEqual(['South', 'North', 'East']);
    expect(text(html)).toContain('South 230 0 % 87 % +87 pp 200');
    expect(text(html)).toContain('East suppressed suppressed');
  });
});

describe('comparison and curve', () => {
  test('the better plan is marked in words, not only colour', () => {
    const html = renderToStaticMarkup(h(ScenarioCompare, { labelA: 'A', labelB: 'B', comparison: compareOutcomes(outcomeA, outcomeB) }));
    expect(text(html)).toContain('Cost 9,000 8,000 better');
    expect(text(html)).toContain('Sites in both: 1 · only in A: 1 · only in B: 2');
  });

  test('each feasible point is a radio in the chart and a row in the table', () => {
    const p = (floor: number, covered: number, status: 'optimal' | 'infeasible' = 'optimal') => curvePoint(floor, { gap: 0, status, sites: Int32Array.from([1]) }, { coveredWeight: covered, newlyCoveredWeight: covered, cost: 100 });
    const html = renderToStaticMarkup(h(EquityCurve, { points: [p(0, 800), p(0.2, 700), p(0.4, 0, 'infeasible')], selected: 1, solving: null, onSelect: () => {} }));
    expect(html.match(/role="radio"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Floor 20 %: 700 people covered, 0.14 per newly covered person, optimal (proven)"');
    expect(text(html)).toContain('40 % no plan');
    expect(unlabelled(html)).toEqual([]);
  });
});

describe('scenario editor and run controls', () => {
  const layers = [{ name: 'pop', columns: ['people', 'women'] }, { name: 'schools', columns: ['cost', 'type'] }, { name: 'health', columns: [] }];

  test('every control is labelled; values come from the scenario; problems are listed', () => {
    const html = renderToStaticMarkup(h(ScenarioEditor, { scenario: { ...outcomeA.scenario, floors: { district: 0.2 } }, layers, offlineColumns: ['internet_use.total'], validate: () => ['budget: must be ≥ 0'], onChange: () => {} }));
    expect(unlabelled(html)).toEqual([]);
    expect(html).toContain('value="9000"');
    expect(html).toContain('value="20"');
    expect(text(html)).toContain('budget: must be ≥ 0');
    expect(html.match(/<fieldset/g)!.length).toBeGreaterThanOrEqual(6);
  });

  test('while running: phase, best and bound, Stop and Cancel', () => {
    const html = renderToStaticMarkup(
      h(RunControls, { running: true, progress: { phase: 'swap', objective: 340, bound: 350, sites: Int32Array.from([0]) }, elapsedS: 3, timeLimitS: 30, objective: 'coverage', canRun: true, onRun: () => {}, onCancel: () => {}, onStopKeepBest: () => {} }),
    );
    expect(text(html)).toContain('Improving by swaps… Best so far 340 · bound 350 · within 2.9 % of the best possible');
    expect(text(html)).toContain('Stop and keep best Cancel');
  });
});

describe('site panel', () => {
  const base = { districtNoun: 'ward', placing: false, undoLabel: null, stale: false, running: false, onEdit: () => {}, onPlacing: () => {}, onUndo: () => {}, onRerun: () => {}, onClose: () => {} };
  const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)</g)].map((m) => m[1]!.trim());

  test('a chosen site can be locked in or ruled out; a locked one released; an added one removed', () => {
    const row = siteRows(outcomeA)[1]!;
    expect(buttons(renderToStaticMarkup(h(SitePanel, { ...base, site: { ...row, role: 'chosen' } })))).toEqual(['×', 'Lock in', 'Rule out', 'Add a site on the map', 'Undo', 'Re-solve']);
    expect(buttons(renderToStaticMarkup(h(SitePanel, { ...base, site: { ...row, role: 'locked' } })))).toEqual(['×', 'Rule out', 'Release', 'Add a site on the map', 'Undo', 'Re-solve']);
    const added = { ...row, key: 'added:site_1', layer: 'added', id: 'site_1', role: 'rejected' as const };
    expect(buttons(renderToStaticMarkup(h(SitePanel, { ...base, site: added })))).toContain('Remove this site');
  });

  test('its figures, the undo label and a stale plan are shown', () => {
    const t = text(renderToStaticMarkup(h(SitePanel, { ...base, site: { ...siteRows(outcomeA)[0]!, role: 'locked' }, undoLabel: 'Locked in schools:1', stale: true })));
    expect(t).toContain('Status locked in Cost 5,000 Ward North Newly covered 100');
    expect(t).toContain('Undo: Locked in schools:1');
    expect(t).toContain('The scenario has changed since this plan was solved.');
  });
});

describe('in another language', () => {
  const inLanguage = (language: 'ar' | 'sw', element: ReturnType<typeof h>) => renderToStaticMarkup(h(I18nextProvider, { i18n: createI18n(language) }, element));

  test('Arabic: the sites table in Arabic words and Arabic-Indic digits (5,000 → ٥٬٠٠٠)', () => {
    const t = text(inLanguage('ar', h(PlanSitesTable, { rows: siteRows(outcomeA), selectedSite: 0, districtNoun: 'ward', onSelect: () => {} })));
    expect(t).toContain('الموقع حي التكلفة المشمولون حديثاً');
    expect(t).toContain('schools:1 مثبَّت North ٥٬٠٠٠ ١٠٠');
  });

  test('Swahili: the floors and the gap in Swahili, the ward as "wadi"', () => {
    const scenario = { ...outcomeA.scenario, label: 'Shule kwanza', floors: { district: 0.2 } };
    const html = inLanguage('sw', h(PlanSummary, { scenario, plan: outcomeA.plan, figures: outcomeA.figures, floors: floorStatus([{ floor: 'district', district: 2, required: 0.2, achieved: 0, kept: false }]), districtNames: outcomeA.districtNames, demandWeight: 388, districtNoun: 'ward' }));
    expect(text(html)).toContain('Kila wadi angalau 20%: hakijafikiwa (kidogo zaidi 0%)');
    expect(text(html)).toContain('ndani ya 0.3% ya bora iwezekanayo');
  });
});

describe('every language', () => {
  const namespaces = new Set(Object.keys(CATALOGUES.en).map((k) => k.split('.')[0]));
  /** Keys showing through as text or attributes (i18next shows a key it cannot find): "run.phase.swap", "site.status.locked". */
  const rawKeys = (html: string) => [...html.matchAll(/[a-z][\w-]*(?:\.[\w-]+)+/g)].map((m) => m[0]).filter((k) => namespaces.has(k.split('.')[0]));
  const layers = [{ name: 'pop', columns: ['people', 'women'] }, { name: 'schools', columns: ['cost', 'type'] }];
  const points = [curvePoint(0, { gap: 0, status: 'optimal', sites: Int32Array.from([1]) }, { coveredWeight: 800, newlyCoveredWeight: 800, cost: 100 })];
  const views = (): ReturnType<typeof h>[] => [
    h(ScenarioEditor, { scenario: { ...outcomeA.scenario, floors: { district: 0.2 } }, layers, offlineColumns: [], validate: () => [], districtNoun: 'county', onChange: () => {} }),
    ...(['presolve', 'greedy', 'repair', 'swap', 'bound', 'exact', 'done'] as const).map((phase) => h(RunControls, { running: true, progress: { phase, objective: 1, bound: 2, sites: null }, elapsedS: 1, timeLimitS: 30, objective: 'coverage', canRun: true, onRun: () => {}, onCancel: () => {}, onStopKeepBest: () => {} })),
    h(PlanSummary, { scenario: outcomeA.scenario, plan: { ...outcomeA.plan, solver: 'heuristic', status: 'heuristic' }, figures: outcomeA.figures, floors: [], districtNames: outcomeA.districtNames, demandWeight: 388, districtNoun: 'ward' }),
    ...(['chosen', 'locked', 'forbidden', 'rejected'] as const).map((role) => h(SitePanel, { site: { ...siteRows(outcomeA)[0]!, role }, districtNoun: 'ward', placing: true, undoLabel: null, stale: true, running: false, onEdit: () => {}, onPlacing: () => {}, onUndo: () => {}, onRerun: () => {}, onClose: () => {} })),
    h(ScenarioCompare, { labelA: 'A', labelB: 'B', comparison: compareOutcomes(outcomeA, outcomeB), districtNoun: 'ward' }),
    h(EquityCurve, { points, selected: 0, solving: { done: 1, total: 3 }, districtNoun: 'sub-county', onSelect: () => {} }),
    h(PlanDistrictsTable, { rows: districtRows(outcomeA, 10), selectedIndex: -1, districtNoun: 'district', onSelect: () => {} }),
  ];

  test.each(LANGUAGES.map((l) => l.code))('%s: no catalogue key shows through in any planning view', (code) => {
    const i18n = createI18n(code);
    const shown = views().flatMap((v) => rawKeys(renderToStaticMarkup(h(I18nextProvider, { i18n }, v))));
    expect(shown).toEqual([]);
  });
});
