// Dev harness: the planning views on a synthetic city, with a real map, for looking at them in
// Chromium at phone and desktop widths (dev/plan-harness/screens.ts). `?view=edit|plan|compare|curve`.
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MapController } from '../../src/map/map-controller.ts';
import { comparisonLayers, planLayers, planPick, shareColors, type PlanLayerInput } from '../../src/map/plan-layers.ts';
import { curveFloors, curvePoint, maximinScenario, scenarioAtFloor, type CurvePoint } from '../../src/state/equity-curve.ts';
import { pop, push, type History } from '../../src/state/history.ts';
import type { PlanOutcome } from '../../src/state/plan-view.ts';
import { scenarioProblems } from '../../src/state/scenario-check.ts';
import { candidateInfo, districtRows, districtShares, floorStatus, siteRoles, siteRows, targetLines, type PlanTarget } from '../../src/state/plan-view.ts';
import { compareOutcomes } from '../../src/state/scenario-compare.ts';
import { editSite, siteAt, undoSiteEdit, type SiteLists } from '../../src/state/scenario-draft.ts';
import type { Project, Scenario } from '../../src/core/project/types.ts';
import type { SolveProgress } from '../../src/core/siting/types.ts';
import { EquityCurve } from '../../src/ui/plan/EquityCurve.tsx';
import { PlanDistrictsTable } from '../../src/ui/plan/PlanDistrictsTable.tsx';
import { PlanLegend } from '../../src/ui/plan/PlanLegend.tsx';
import { PlanSitesTable } from '../../src/ui/plan/PlanSitesTable.tsx';
import { PlanSummary } from '../../src/ui/plan/PlanSummary.tsx';
import { RunControls } from '../../src/ui/plan/RunControls.tsx';
import { ScenarioCompare } from '../../src/ui/plan/ScenarioCompare.tsx';
import { ScenarioEditor } from '../../src/ui/plan/ScenarioEditor.tsx';
import { SitePanel } from '../../src/ui/plan/SitePanel.tsx';
import '../../src/ui/styles.css';
import '../../src/ui/plan/plan.css';
import { city, districtFeatures, solve, stopped } from './synthetic.ts';

const view = new URLSearchParams(location.search).get('view') ?? 'plan';
const c = city();
const first: Scenario = {
  id: 'wifi_2027', label: 'Public Wi-Fi 2027', demand: { points: 'population', weight: 'people' }, groups: { women: { column: 'women' } },
  candidates: [{ points: 'schools', cost: 'install_cost' }, { points: 'health', cost: 6000 }], existing: { points: 'hotspots' },
  site_type: 'wifi', radius_m: 800, budget: 40000, floors: { district: 0.2, groups: { women: 0.3 } }, objective: 'coverage', solver: 'auto', time_limit_s: 30,
  locked: ['schools:104'], forbidden: ['schools:112'],
};
const project: Project = {
  lastmile: 1, title: 'Synthetic city', districts: { file: 'wards.geojson', id: 'id', name: 'name' },
  points: [{ name: 'population', file: 'population.csv', lon: 'x', lat: 'y', value: 'people' }, { name: 'schools', file: 'schools.csv', id: 'id', lon: 'x', lat: 'y' }, { name: 'health', file: 'health.csv', id: 'id', lon: 'x', lat: 'y' }, { name: 'hotspots', file: 'hotspots.csv', id: 'id', lon: 'x', lat: 'y' }],
};
const layers = [{ name: 'population', columns: ['people', 'women', 'youth'] }, { name: 'schools', columns: ['install_cost', 'type'] }, { name: 'health', columns: ['type'] }, { name: 'hotspots', columns: [] }];
const features = { type: 'FeatureCollection' as const, features: districtFeatures() };

/** The equity curve the way the session would compute it: maximin once, then coverage at each floor. */
async function solveCurve(scenario: Scenario, onPoint: (points: CurvePoint[], total: number) => void): Promise<void> {
  const top = await solve(c, maximinScenario(scenario));
  const floors = curveFloors(top.figures.minDistrictShare, 6);
  const points: CurvePoint[] = [];
  onPoint([], floors.length);
  for (const f of floors) {
    const o = await solve(c, scenarioAtFloor(scenario, f));
    points.push(curvePoint(f, o.plan, o.figures));
    onPoint([...points], floors.length);
  }
}

function Harness() {
  const [scenario, setScenario] = useState(first);
  const [history, setHistory] = useState<History<SiteLists>>({ past: [] });
  const [solved, setSolved] = useState(first);
  const [outcome, setOutcome] = useState<PlanOutcome | null>(null);
  const [other, setOther] = useState<PlanOutcome | null>(null);
  const [selectedSite, setSelectedSite] = useState(-1);
  const [selectedDistrict, setSelectedDistrict] = useState(-1);
  const [placing, setPlacing] = useState(false);
  const [hover, setHover] = useState<{ target: PlanTarget; x: number; y: number } | null>(null);
  const [run, setRun] = useState<{ start: number; progress: SolveProgress | null } | null>(view === 'edit' ? { start: performance.now() - 7000, progress: { phase: 'swap', objective: 61234, bound: 64010, sites: Int32Array.of(1) } } : null);
  const runToken = useRef<{ cancelled: boolean } | null>(null);
  const [curve, setCurve] = useState<{ points: CurvePoint[]; total: number }>({ points: [], total: 0 });
  const [curveAt, setCurveAt] = useState(-1);
  useEffect(() => {
    void solve(c, first).then(setOutcome);
    void solve(c, { ...first, id: 'every_district', label: 'Every district first', locked: undefined, forbidden: undefined, floors: { district: 0.3 } }).then(setOther);
    if (view === 'curve') void solveCurve({ ...first, locked: undefined, forbidden: undefined, budget: 150000, max_sites: 40, radius_m: 1500 }, (points, total) => setCurve({ points, total }));
  }, []);
  const startRun = (s: Scenario) => {
    const token = { cancelled: false };
    runToken.current = token;
    setRun({ start: performance.now(), progress: null });
    const hooks = {
      progress: (p: SolveProgress) => { if (!token.cancelled) setRun((r) => r && { ...r, progress: p }); },
      // Cancel and Stop act on screen at once; the solver stops at its next checkpoint.
      checkpoint: async () => { if (token.cancelled) throw new Error('cancelled'); },
    };
    solve(c, s, hooks).then((o) => { if (!token.cancelled) { setOutcome(o); setSolved(s); setRun(null); } }, () => { /* cancelled: the screen already moved on */ });
  };
  const stopRun = (keepBest: boolean) => {
    const token = runToken.current;
    if (token) token.cancelled = true;
    if (keepBest && run?.progress?.sites) { setOutcome(stopped(c, scenario, run.progress.sites, (performance.now() - run.start) / 1000)); setSolved(scenario); }
    setRun(null);
  };
  const roles = useMemo(() => (outcome ? siteRoles(outcome) : []), [outcome]);
  const rows = useMemo(() => (outcome ? districtRows(outcome, 500) : []), [outcome]);
  const comparison = useMemo(() => (outcome && other ? compareOutcomes(outcome, other, 500) : null), [outcome, other]);
  const mapRef = useRef<HTMLDivElement>(null);
  const map = useRef<MapController | null>(null);
  const input: PlanLayerInput | null = outcome && { demand: outcome.demand, candidates: outcome.candidates, roles, existing: outcome.existing, radiusM: outcome.scenario.radius_m, selectedSite, showRejected: true };
  const inputRef = useRef(input);
  inputRef.current = input;
  const scenarioRef = useRef(scenario);
  scenarioRef.current = scenario;
  const placingRef = useRef(placing);
  placingRef.current = placing;

  const apply = (r: ReturnType<typeof editSite>) => {
    setScenario(r.scenario);
    setHistory((h) => push(h, r.undo));
  };
  const ready = outcome !== null;
  useEffect(() => {
    if (!ready || !mapRef.current) return;
    const m = new MapController(mapRef.current, {
      onHover: () => {},
      onSelect: () => {},
      onPick: (p, click) => {
        const target = planPick(p.layer, p.index, inputRef.current);
        if (!click) return setHover(target ? { target, x: p.x, y: p.y } : null);
        if (placingRef.current && p.lonLat) {
          // Not inside a state updater: StrictMode runs updaters twice, which would push two undo entries.
          apply(editSite(scenarioRef.current, { kind: 'add', site: siteAt(scenarioRef.current, p.lonLat[0], p.lonLat[1], 5000) }));
          setPlacing(false);
        } else if (target?.kind === 'candidate') setSelectedSite(target.index);
      },
    }, 'Synthetic data');
    m.fitBounds([36.7, -1.36, 36.96, -1.2]);
    map.current = m;
    return () => m.destroy();
  }, [ready]);
  useEffect(() => {
    const m = map.current;
    if (!m || !outcome || !input) return;
    const colors = shareColors(districtShares(rows));
    m.setDistricts({ features, colors, selectedIndex: selectedDistrict, hoveredIndex: -1 });
    m.setPlanLayers(view === 'compare' && comparison ? comparisonLayers(comparison.sites, outcome.scenario.radius_m) : planLayers(input));
    void m.idle().then(() => (document.documentElement.dataset.harness = 'idle'));
  }, [rows, selectedDistrict, outcome, selectedSite, comparison]);

  if (!outcome) return <p role="status">Solving…</p>;
  const site = selectedSite >= 0 ? { ...candidateInfo(outcome, selectedSite), role: roles[selectedSite]! } : null;
  return (
    <div className="plan-workspace" onKeyDown={(e) => e.key === 'Escape' && setPlacing(false)}>
      <header className="app-header"><h1>Lastmile</h1><nav aria-label="Harness views">{['edit', 'plan', 'compare', 'curve'].map((v) => <a key={v} href={`?view=${v}`} aria-current={v === view ? 'page' : undefined}>{v}</a>)}</nav></header>
      <main className="plan-main">
        <section className="map-area" aria-label="Map of the plan">
          <div ref={mapRef} className="map" tabIndex={0} aria-label="Map of the plan; the tables give keyboard access to every site and district" />
          {hover?.target && (
            <div className="tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
              {targetLines(outcome, hover.target).map((l) => <span key={l}>{l}</span>)}
            </div>
          )}
          <PlanLegend compare={view === 'compare' ? { labelA: 'Public Wi-Fi 2027', labelB: 'Every district first' } : undefined} />
        </section>
        <aside className="side plan-panel" aria-label="Plan">
          {view === 'edit' && (
            <ScenarioEditor scenario={scenario} layers={layers} offlineColumns={['internet_use.total', 'internet_use.female']} validate={(s) => scenarioProblems(project, s)} onChange={setScenario}>
              <RunControls running={run !== null} progress={run?.progress ?? null} elapsedS={run ? (performance.now() - run.start) / 1000 : 0} timeLimitS={30} objective="coverage" canRun={scenarioProblems(project, scenario).length === 0} onRun={() => startRun(scenario)} onCancel={() => stopRun(false)} onStopKeepBest={() => stopRun(true)} />
            </ScenarioEditor>
          )}
          {view === 'plan' && (
            <>
              <PlanSummary scenario={outcome.scenario} plan={outcome.plan} figures={outcome.figures} floors={floorStatus(outcome.floors)} districtNames={outcome.districtNames} districtNoun="ward" />
              <SitePanel site={site} districtNoun="ward" placing={placing} undoLabel={history.past.at(-1)?.label ?? null} stale={scenario !== solved} running={run !== null}
                onEdit={(e) => apply(editSite(scenario, e))} onPlacing={setPlacing} onClose={() => setSelectedSite(-1)} onRerun={() => startRun(scenario)}
                onUndo={() => { const { history: h, entry } = pop(history); if (entry) { setScenario(undoSiteEdit(scenario, entry)); setHistory(h); } }} />
              <h2>Sites</h2>
              <PlanSitesTable rows={siteRows(outcome)} selectedSite={selectedSite} districtNoun="ward" onSelect={setSelectedSite} />
              <h2>Wards before → after</h2>
              <PlanDistrictsTable rows={rows} selectedIndex={selectedDistrict} districtNoun="ward" onSelect={setSelectedDistrict} />
            </>
          )}
          {view === 'compare' && comparison && <ScenarioCompare labelA="Public Wi-Fi 2027" labelB="Every district first" comparison={comparison} districtNoun="ward" />}
          {view === 'curve' && <EquityCurve points={curve.points} selected={curveAt} districtNoun="ward" solving={curve.points.length < curve.total || curve.total === 0 ? { done: curve.points.length, total: curve.total } : null} onSelect={setCurveAt} />}
        </aside>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Harness /></StrictMode>);
