// Dev harness: the planning views on a synthetic city, with a real map, for looking at them in
// Chromium at phone and desktop widths (dev/plan-harness/screens.ts). `?view=edit|plan|compare|curve`.
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MapController } from '../../src/map/map-controller.ts';
import { comparisonLayers, planLayers, planPick, shareColors, type PlanLayerInput } from '../../src/map/plan-layers.ts';
import { curveFloors, curvePoint } from '../../src/state/equity-curve.ts';
import { pop, push, type History } from '../../src/state/history.ts';
import { candidateInfo, districtRows, districtShares, floorStatus, siteRoles, siteRows, targetLines, type PlanTarget } from '../../src/state/plan-view.ts';
import { compareOutcomes } from '../../src/state/scenario-compare.ts';
import { editSite, siteAt, undoSiteEdit, type SiteLists } from '../../src/state/scenario-draft.ts';
import type { Scenario } from '../../src/core/project/types.ts';
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
import { city, districtFeatures, solve } from './synthetic.ts';

const view = new URLSearchParams(location.search).get('view') ?? 'plan';
const c = city();
const first: Scenario = {
  id: 'wifi_2027', label: 'Public Wi-Fi 2027', demand: { points: 'population', weight: 'people' }, groups: { women: { column: 'women' } },
  candidates: [{ points: 'schools', cost: 'install_cost' }, { points: 'health', cost: 6000 }], existing: { points: 'hotspots' },
  site_type: 'wifi', radius_m: 800, budget: 40000, floors: { district: 0.2, groups: { women: 0.3 } }, objective: 'coverage', solver: 'auto', time_limit_s: 30,
  locked: ['schools:104'], forbidden: ['schools:112'],
};
const layers = [{ name: 'population', columns: ['people', 'women', 'youth'] }, { name: 'schools', columns: ['install_cost', 'type'] }, { name: 'health', columns: ['type'] }, { name: 'hotspots', columns: [] }];
const features = { type: 'FeatureCollection' as const, features: districtFeatures() };

function Harness() {
  const [scenario, setScenario] = useState(first);
  const [history, setHistory] = useState<History<SiteLists>>({ past: [] });
  const [solved, setSolved] = useState(first);
  const outcome = useMemo(() => solve(c, solved), [solved]);
  const other = useMemo(() => solve(c, { ...first, id: 'every_district', label: 'Every district first', locked: undefined, forbidden: undefined }, true), []);
  const [selectedSite, setSelectedSite] = useState(-1);
  const [selectedDistrict, setSelectedDistrict] = useState(-1);
  const [placing, setPlacing] = useState(false);
  const [hover, setHover] = useState<{ target: PlanTarget; x: number; y: number } | null>(null);
  const [run, setRun] = useState<{ start: number; progress: SolveProgress | null } | null>(view === 'edit' ? { start: performance.now() - 7000, progress: { phase: 'swap', objective: 61234, bound: 64010, sites: Int32Array.of(1) } } : null);
  const [curveAt, setCurveAt] = useState(2);
  const roles = useMemo(() => siteRoles(outcome), [outcome]);
  const rows = useMemo(() => districtRows(outcome, 500), [outcome]);
  const comparison = useMemo(() => compareOutcomes(outcome, other, 500), [outcome, other]);
  const curve = useMemo(() => curveFloors(0.47, 6).map((f, k) => curvePoint(f, { gap: k === 5 ? null : 0.002 * k, status: k === 5 ? 'heuristic' : 'optimal', sites: Int32Array.of(1, 2, 3) }, { coveredWeight: 71000 - 30000 * f * f, newlyCoveredWeight: 52000 - 30000 * f * f, cost: 40000 })), []);
  const mapRef = useRef<HTMLDivElement>(null);
  const map = useRef<MapController | null>(null);
  const input: PlanLayerInput = { demand: outcome.demand, candidates: outcome.candidates, roles, existing: outcome.existing, radiusM: outcome.scenario.radius_m, selectedSite, showRejected: true };
  const inputRef = useRef(input);
  inputRef.current = input;
  const placingRef = useRef(placing);
  placingRef.current = placing;

  const apply = (r: ReturnType<typeof editSite>) => {
    setScenario(r.scenario);
    setHistory((h) => push(h, r.undo));
  };
  useEffect(() => {
    const m = new MapController(mapRef.current!, {
      onHover: () => {},
      onSelect: () => {},
      onPick: (p, click) => {
        const target = planPick(p.layer, p.index, inputRef.current);
        if (!click) return setHover(target ? { target, x: p.x, y: p.y } : null);
        if (placingRef.current && p.lonLat) {
          setScenario((s) => {
            const r = editSite(s, { kind: 'add', site: siteAt(s, p.lonLat![0], p.lonLat![1], 5000) });
            setHistory((h) => push(h, r.undo));
            return r.scenario;
          });
          setPlacing(false);
        } else if (target?.kind === 'candidate') setSelectedSite(target.index);
      },
    }, 'Synthetic data');
    m.fitBounds([36.7, -1.36, 36.96, -1.2]);
    map.current = m;
    return () => m.destroy();
  }, []);
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const colors = shareColors(districtShares(rows));
    m.setDistricts({ features, colors, selectedIndex: selectedDistrict, hoveredIndex: -1 });
    m.setPlanLayers(view === 'compare' ? comparisonLayers(comparison.sites, outcome.scenario.radius_m) : planLayers(input));
    void m.idle().then(() => (document.documentElement.dataset.harness = 'idle'));
  }, [rows, selectedDistrict, outcome, selectedSite, comparison]);

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
            <ScenarioEditor scenario={scenario} layers={layers} offlineColumns={['internet_use.total', 'internet_use.female']} validate={(s) => (s.budget === undefined && s.max_sites === undefined ? ['Set a budget or a number of sites.'] : [])} onChange={setScenario}>
              <RunControls running={run !== null} progress={run?.progress ?? null} elapsedS={run ? (performance.now() - run.start) / 1000 : 0} timeLimitS={30} objective="coverage" canRun onRun={() => setRun({ start: performance.now(), progress: null })} onCancel={() => setRun(null)} onStopKeepBest={() => { setRun(null); setSolved(scenario); }} />
            </ScenarioEditor>
          )}
          {view === 'plan' && (
            <>
              <PlanSummary scenario={outcome.scenario} plan={{ ...outcome.plan, shortfall: { floors: [{ floor: 'district', district: null, required: 0.2, achieved: 0.12, kept: false }], budgetNeeded: 52500, sitesNeeded: 11, proven: false } }} figures={outcome.figures} floors={floorStatus(outcome.floors)} districtNames={outcome.districtNames} districtNoun="ward" />
              <SitePanel site={site} districtNoun="ward" placing={placing} undoLabel={history.past.at(-1)?.label ?? null} stale={scenario !== solved} running={false}
                onEdit={(e) => apply(editSite(scenario, e))} onPlacing={setPlacing} onClose={() => setSelectedSite(-1)} onRerun={() => setSolved(scenario)}
                onUndo={() => { const { history: h, entry } = pop(history); if (entry) { setScenario(undoSiteEdit(scenario, entry)); setHistory(h); } }} />
              <h2>Sites</h2>
              <PlanSitesTable rows={siteRows(outcome)} selectedSite={selectedSite} districtNoun="ward" onSelect={setSelectedSite} />
              <h2>Wards before → after</h2>
              <PlanDistrictsTable rows={rows} selectedIndex={selectedDistrict} districtNoun="ward" onSelect={setSelectedDistrict} />
            </>
          )}
          {view === 'compare' && <ScenarioCompare labelA="Public Wi-Fi 2027" labelB="Every district first" comparison={comparison} districtNoun="ward" />}
          {view === 'curve' && <EquityCurve points={curve} selected={curveAt} districtNoun="ward" solving={null} onSelect={setCurveAt} />}
        </aside>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Harness /></StrictMode>);
