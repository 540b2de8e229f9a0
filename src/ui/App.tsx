// The app shell: the open project's map and table side by side, the selected district's
// figures, the data and its checks, and the ways in and out (add data, projects, export).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { projectFileName } from '../app/file-names.ts';
import { READ_ONLY } from '../app/session.ts';
import { choropleth } from '../state/choropleth.ts';
import { measuresOf } from '../state/measures.ts';
import { AddDataDialog } from './AddDataDialog.tsx';
import { CompositePanel } from './CompositePanel.tsx';
import { DistrictDetails } from './DistrictDetails.tsx';
import { DistrictTable } from './DistrictTable.tsx';
import { AddDataButton, DropZone } from './DropZone.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { IndicatorForm } from './IndicatorForm.tsx';
import { LayersPanel } from './LayersPanel.tsx';
import { Legend } from './Legend.tsx';
import { MapPanel } from './MapPanel.tsx';
import { MeasurePicker } from './MeasurePicker.tsx';
import { ProjectMenu } from './ProjectMenu.tsx';
import { StatusBar } from './StatusBar.tsx';
import { UndoToast } from './UndoToast.tsx';
import { DataCredits } from './DataCredits.tsx';
import { PlanLegend } from './plan/PlanLegend.tsx';
import { PlanningPanel } from './plan/PlanningPanel.tsx';
import { usePlanMap } from './plan/use-plan-map.ts';
import { usePlanView } from './plan/use-plan-view.ts';
import { useSession } from './use-session.ts';

export function App() {
  const { state, dispatch, session } = useSession();
  const [mapIdle, setMapIdle] = useState(false);
  const [defining, setDefining] = useState<{ error: string | null; busy: boolean } | null>(null);
  const [recomputing, setRecomputing] = useState(false);

  const run = state.run;
  const districts = run?.districts ?? null;
  const measures = useMemo(() => (run ? measuresOf(run.columns) : []), [run]);
  const measure = measures.find((m) => m.key === state.measureKey) ?? measures[0];
  const tableMeasures = useMemo(() => measures.filter((m) => m.indicatorId === measure?.indicatorId), [measures, measure?.indicatorId]);
  const colors = useMemo(() => (measure ? choropleth(measure.values) : null), [measure]);
  const selectedIndex = districts && state.selectedId ? districts.ids.indexOf(state.selectedId) : -1;
  const select = useCallback((index: number) => dispatch({ type: 'select', id: index >= 0 && districts ? districts.ids[index]! : null }), [districts, dispatch]);
  const addFiles = useCallback((files: File[]) => void session?.addFiles(files), [session]);
  const title = state.open?.project.title ?? '';
  const planning = state.planning;
  const districtNoun = state.open?.project.districts.noun ?? 'district';
  const planMode = planning.mode === 'plan';
  const minPeople = state.open?.project.suppression?.min_people ?? 0;
  const derived = usePlanView(planning, minPeople);
  const selectSite = useCallback((index: number) => dispatch({ type: 'plan/select-site', index }), [dispatch]);
  const selectDistrict = useCallback((index: number) => dispatch({ type: 'plan/select-district', index }), [dispatch]);
  const planMap = usePlanMap({ planning, derived, districtNames: districts?.names ?? [], districtNoun, commands: session?.planning ?? null, onSelectSite: selectSite, onSelectDistrict: selectDistrict });
  const offlineColumns = useMemo(() => (run ? run.indicators.flatMap((i) => (i.kind === 'rate' ? i.groups.map((g) => `${i.id}.${g.group}`) : [])) : []), [run]);

  // Esc stops placing a site on the map (the button says so).
  useEffect(() => {
    if (!planning.placing) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && dispatch({ type: 'plan/placing', on: false });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [planning.placing, dispatch]);

  useEffect(() => {
    const busy = state.phase === 'loading' || state.adding?.busy || recomputing || planning.solving !== null;
    document.documentElement.dataset.lastmileState = busy ? 'loading' : state.phase === 'ready' ? (mapIdle ? 'idle' : 'drawing') : state.phase;
  }, [state.phase, state.adding?.busy, mapIdle, recomputing, planning.solving]);

  return (
    <DropZone onFiles={addFiles}>
      <div className="app">
        <header className="app-header">
          <h1>Lastmile</h1>
          <ProjectMenu
            title={title}
            currentId={state.open?.id ?? null}
            recent={state.recent}
            onTitle={(t) => session?.setTitle(t)}
            onNew={() => void session?.createProject('Untitled project')}
            onOpenRecent={(id) => void session?.openRecent(id)}
            onOpenFiles={addFiles}
            onOpenExample={(name) => void session?.openBundled(name)}
          />
          {run && (
            <div className="mode-switch" role="group" aria-label="What to work on">
              <button type="button" aria-pressed={!planMode} onClick={() => dispatch({ type: 'plan/mode', mode: 'indicators' })}>
                Indicators
              </button>
              <button type="button" aria-pressed={planMode} onClick={() => dispatch({ type: 'plan/mode', mode: 'plan' })}>
                Plan sites
              </button>
            </div>
          )}
          {measure && !planMode && <MeasurePicker measures={measures} value={measure.key} onChange={(key) => dispatch({ type: 'show-measure', key })} />}
          <AddDataButton onFiles={addFiles} />
          {run && state.open && <ExportMenu run={run} project={state.open.project} projectFile={projectFileName(title)} />}
        </header>
        <StatusBar phase={state.phase} progress={state.progress} error={state.error} onCancel={state.phase === 'loading' ? () => session?.cancel() : null} onRetry={() => void session?.rerun()} />
        {state.readOnly && (
          <p className="notice read-only" role="status" data-testid="read-only">
            {READ_ONLY}
          </p>
        )}
        {!state.persistent && <p className="notice" role="alert">This browser does not let Lastmile keep your work: it will be lost when the page closes. Export the project to keep it.</p>}
        {state.notice && (
          <p className="notice" role="alert">
            {state.notice} <button type="button" onClick={() => dispatch({ type: 'notice', message: null })}>Dismiss</button>
          </p>
        )}
        <main className="workspace">
          <section className="map-area" aria-label="Map">
            <MapPanel
              districts={districts}
              colors={planMap.colors ?? colors?.colors ?? null}
              selectedIndex={planMode ? planning.selectedDistrict : selectedIndex}
              measure={measure}
              onSelect={planMode ? selectDistrict : select}
              onIdleChange={setMapIdle}
              overlay={planMap.overlay}
            />
            {planMap.legend && <PlanLegend network={derived.outcome?.links != null} phased={derived.outcome?.rollout != null} {...(planMap.legend === 'compare' && derived.comparison ? { compare: { labelA: derived.comparison.a.scenario.label ?? derived.comparison.a.scenario.id, labelB: derived.comparison.b.scenario.label ?? derived.comparison.b.scenario.id } } : {})} />}
            {!planMap.legend && measure && colors && <Legend measure={measure} legend={colors.legend} missing={colors.missing} />}
            {state.phase === 'empty' && (
              <div className="empty-state">
                <h2>Start with district boundaries</h2>
                <p>Drop a GeoJSON or TopoJSON file of your districts here, or use “Add data…”. Then add census tables, speed-test tiles or facility lists. Files stay on this device.</p>
              </div>
            )}
          </section>
          <aside className="side">
            {planMode && run && state.open && session && (
              <PlanningPanel
                project={state.open.project}
                planning={planning}
                derived={derived}
                layers={run.points}
                offlineColumns={offlineColumns}
                districtNoun={districtNoun}
                commands={session.planning}
                onView={(view) => dispatch({ type: 'plan/view', view })}
                onSelectSite={selectSite}
                onSelectDistrict={selectDistrict}
                onPlacing={(on) => dispatch({ type: 'plan/placing', on })}
                onYear={(year) => dispatch({ type: 'plan/year', year })}
                onCompare={(a, b) => dispatch({ type: 'plan/compare', a, b })}
              />
            )}
            {!planMode && run && (
              <LayersPanel
                run={run}
                open={!state.open?.bundled || run.report.files.some((f) => f.issues.length > 0 || f.rows_rejected > 0 || (f.notes?.length ?? 0) > 0) || run.report.notes.length > 0}
                busy={state.phase === 'loading'}
                onRemoveLayer={(name) => void session?.remove('layer', name)}
                onRemoveIndicator={(id) => void session?.remove('indicator', id)}
                onDefineIndicator={() => setDefining({ error: null, busy: false })}
              />
            )}
            {!planMode && run && defining && (
              <IndicatorForm
                tables={run.tables}
                error={defining.error}
                busy={defining.busy}
                onCancel={() => setDefining(null)}
                onAdd={(indicator) => {
                  setDefining({ error: null, busy: true });
                  session?.defineIndicator(indicator).then(
                    () => {
                      setDefining(null);
                      const firstGroup = 'rate' in indicator ? Object.keys(indicator.rate)[0] : undefined;
                      dispatch({ type: 'show-measure', key: firstGroup ? `${indicator.id}.${firstGroup}` : indicator.id });
                    },
                    (e: unknown) => setDefining({ error: e instanceof Error ? e.message : String(e), busy: false }),
                  );
                }}
              />
            )}
            {!planMode && run?.pillarShares && run.project.composite && (
              <CompositePanel
                spec={run.project.composite}
                pillarShares={run.pillarShares}
                busy={recomputing}
                onApply={(spec) => {
                  setRecomputing(true);
                  void session?.setComposite(spec).finally(() => setRecomputing(false));
                }}
              />
            )}
            {!planMode && run && districts && selectedIndex >= 0 && <DistrictDetails index={selectedIndex} name={districts.names[selectedIndex]!} run={run} measures={measures} onClose={() => select(-1)} />}
            {!planMode && districts && measure && (
              <DistrictTable
                names={districts.names}
                ids={districts.ids}
                measures={tableMeasures}
                sort={state.sort}
                selectedIndex={selectedIndex}
                onSort={(key) => dispatch({ type: 'sort', key })}
                onSelect={select}
              />
            )}
          </aside>
        </main>
        <DataCredits project={state.open?.project ?? null} />
      </div>
      {state.adding && session && (
        <AddDataDialog
          key={state.adding.candidate.file}
          candidate={state.adding.candidate}
          districtIds={districts?.ids ?? []}
          takenNames={[...(run?.project.tables ?? []), ...(run?.project.tiles ?? []), ...(run?.project.points ?? [])].map((l) => l.name)}
          busy={state.adding.busy}
          error={state.adding.error}
          onConfirm={(entry) => void session.confirmLayer(entry)}
          onCancel={() => void session.cancelFile()}
        />
      )}
      {state.undoLabel && session && <UndoToast label={state.undoLabel} onUndo={() => void session.undo()} />}
    </DropZone>
  );
}
