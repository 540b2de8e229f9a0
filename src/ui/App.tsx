// The app shell: the open project's map and table side by side, the selected district's
// figures, the data and its checks, and the ways in and out (add data, projects, export).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { projectFileName } from '../app/file-names.ts';
import { READ_ONLY } from '../app/session.ts';
import { choropleth } from '../state/choropleth.ts';
import { measuresOf } from '../state/measures.ts';
import { measureScheme } from '../state/measure-scheme.ts';
import { mapSummary } from '../state/map-summary.ts';
import { pluralNoun } from '../state/nouns.ts';
import { DistrictSearch } from './DistrictSearch.tsx';
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
import { useProfileViews } from './profile/use-profile-views.tsx';
import { creditLines, licenceWarnings } from '../core/export/licences.ts';

export function App() {
  const { state, dispatch, session } = useSession();
  // The map's idle flag only feeds the page's state attribute: kept out of React state, so a
  // hover (which makes the map draw, then idle) does not re-render the whole app and table.
  const mapIdle = useRef(false);
  const busyRef = useRef({ busy: true, phase: state.phase as string });
  const [defining, setDefining] = useState<{ error: string | null; busy: boolean } | null>(null);
  const [recomputing, setRecomputing] = useState(false);

  const run = state.run;
  const districts = run?.districts ?? null;
  const measures = useMemo(() => (run ? measuresOf(run.columns) : []), [run]);
  const measure = measures.find((m) => m.key === state.measureKey) ?? measures[0];
  const tableMeasures = useMemo(() => measures.filter((m) => m.indicatorId === measure?.indicatorId), [measures, measure?.indicatorId]);
  const composite = run?.project.composite;
  const scheme = useMemo(() => (measure ? measureScheme(measure.key, measure.unit, composite) : null), [measure, composite]);
  const colors = useMemo(() => (measure && scheme ? choropleth(measure, scheme, state.classSettings) : null), [measure, scheme, state.classSettings]);
  const legendRef = useRef<HTMLElement>(null);
  const mapPanels = useMemo(() => [legendRef], []);
  const [zoomTo, setZoomTo] = useState<{ index: number; at: number } | null>(null);
  // On a phone the map and the figures take turns on screen.
  const [phoneView, setPhoneView] = useState<'map' | 'figures'>('map');
  // A new project's districts are ordered by the figure on the map until the planner sorts.
  const sort = useMemo(
    () => (state.sort.key === 'name' || tableMeasures.some((m) => m.key === state.sort.key) || !measure ? state.sort : { key: measure.key, descending: true }),
    [state.sort, tableMeasures, measure],
  );
  const selectedIndex = districts && state.selectedId ? districts.ids.indexOf(state.selectedId) : -1;
  const select = useCallback((index: number) => dispatch({ type: 'select', id: index >= 0 && districts ? districts.ids[index]! : null }), [districts, dispatch]);
  const sortBy = useCallback((key: string) => dispatch({ type: 'sort', key, current: sort }), [dispatch, sort]);
  const addFiles = useCallback((files: File[]) => void session?.addFiles(files), [session]);
  const title = state.open?.project.title ?? '';
  const planning = state.planning;
  const districtNoun = state.open?.project.districts.noun ?? 'district';
  const planMode = planning.mode === 'plan';
  const nounPlural = pluralNoun(districtNoun);
  const summary = useMemo(() => (districts && measure && !planMode ? mapSummary(districts.names, measure, nounPlural) : ''), [districts, measure, nounPlural, planMode]);
  const minPeople = state.open?.project.suppression?.min_people ?? 0;
  const derived = usePlanView(planning, minPeople);
  const selectSite = useCallback((index: number) => dispatch({ type: 'plan/select-site', index }), [dispatch]);
  const selectDistrict = useCallback((index: number) => dispatch({ type: 'plan/select-district', index }), [dispatch]);
  const planMap = usePlanMap({ planning, derived, districtNames: districts?.names ?? [], districtNoun, commands: session?.planning ?? null, onSelectSite: selectSite, onSelectDistrict: selectDistrict });
  const openProject = state.open?.project ?? null;
  // Exports read the session's last run and plans; they change when the run, project or plans do.
  const study = useMemo(() => (run && openProject && session ? session.exports(Object.values(planning.plans)) : null), [run, openProject, session, planning.plans]);
  const mapImage = useMemo(
    () => (measure && districts && openProject && !planMode ? { title, measure, districts, noun: districtNoun, credits: [...creditLines(openProject), ...licenceWarnings(openProject)] } : null),
    [measure, districts, openProject, planMode, title, districtNoun],
  );
  const views = useProfileViews({ state, dispatch, measures, shown: measure, selectedIndex, noun: districtNoun, active: !planMode });
  const offlineColumns = useMemo(() => (run ? run.indicators.flatMap((i) => (i.kind === 'rate' ? i.groups.map((g) => `${i.id}.${g.group}`) : [])) : []), [run]);

  // Esc stops placing a site on the map (the button says so).
  useEffect(() => {
    if (!planning.placing) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && dispatch({ type: 'plan/placing', on: false });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [planning.placing, dispatch]);

  // Esc clears the selected district (a dialog open, or a site being placed, has Esc for itself).
  useEffect(() => {
    if (selectedIndex < 0 || planMode) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      select(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedIndex, planMode, select]);

  const publishState = useCallback(() => {
    const { busy, phase } = busyRef.current;
    document.documentElement.dataset.lastmileState = busy ? 'loading' : phase === 'ready' ? (mapIdle.current ? 'idle' : 'drawing') : phase;
  }, []);
  const onMapIdle = useCallback(
    (idle: boolean) => {
      mapIdle.current = idle;
      publishState();
    },
    [publishState],
  );
  useEffect(() => {
    busyRef.current = { busy: state.phase === 'loading' || !!state.adding?.busy || recomputing || planning.solving !== null, phase: state.phase };
    publishState();
  }, [state.phase, state.adding?.busy, recomputing, planning.solving, publishState]);

  return (
    <DropZone onFiles={addFiles}>
      <div className="app" data-phone-view={phoneView}>
        <a className="skip-link" href="#figures">
          Skip to the {planMode ? 'plan' : 'table'}
        </a>
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
              <button
                type="button"
                aria-pressed={planMode}
                onClick={() => {
                  dispatch({ type: 'plan/mode', mode: 'plan' });
                  // On a phone, the planning panel is what the planner came for.
                  setPhoneView('figures');
                }}
              >
                Plan sites
              </button>
            </div>
          )}
          {measure && !planMode && <MeasurePicker measures={measures} value={measure.key} onChange={(key) => dispatch({ type: 'show-measure', key })} />}
          {districts && (
            <DistrictSearch
              names={districts.names}
              noun={districtNoun}
              onFound={(index) => {
                (planMode ? selectDistrict : select)(index);
                setZoomTo({ index, at: Date.now() });
                setPhoneView('map');
              }}
            />
          )}
          <AddDataButton onFiles={addFiles} />
          {run && state.open && <ExportMenu run={run} project={state.open.project} projectFile={projectFileName(title)} study={study} map={mapImage} />}
          {views.header}
        </header>
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
          {/* Over the workspace, not above it: a bar that pushed the map down and back on every
              run resized its canvas twice, and each resize waits for the GPU (issue #18). */}
          <StatusBar phase={state.phase} progress={state.progress} error={state.error} onCancel={state.phase === 'loading' ? () => session?.cancel() : null} onRetry={() => void session?.rerun()} />
          {run && (
            <div className="phone-switch" role="group" aria-label="Show">
              <button type="button" aria-pressed={phoneView === 'map'} onClick={() => setPhoneView('map')}>
                Map
              </button>
              <button type="button" aria-pressed={phoneView === 'figures'} onClick={() => setPhoneView('figures')}>
                {planMode ? 'Plan' : 'Table'}
              </button>
            </div>
          )}
          <section className="map-area" aria-label="Map and legend">
            {summary && (
              <p id="map-summary" className="visually-hidden">
                {summary}
              </p>
            )}
            <MapPanel
              districts={districts}
              colors={planMap.colors ?? colors?.colors ?? null}
              selectedIndex={planMode ? planning.selectedDistrict : selectedIndex}
              measure={measure}
              onSelect={planMode ? selectDistrict : select}
              onIdleChange={onMapIdle}
              overlay={planMap.overlay}
              thin={planMap.colors ? null : (measure?.thin ?? null)}
              panels={mapPanels}
              zoomTo={zoomTo}
              fitAllLabel={`All ${nounPlural}`}
              startView={views.startView}
              onViewChange={views.onViewChange}
              {...(summary ? { describedBy: 'map-summary' } : {})}
            />
            {planMap.legend && <PlanLegend network={derived.outcome?.links != null} phased={derived.outcome?.rollout != null} {...(planMap.legend === 'compare' && derived.comparison ? { compare: { labelA: derived.comparison.a.scenario.label ?? derived.comparison.a.scenario.id, labelB: derived.comparison.b.scenario.label ?? derived.comparison.b.scenario.id } } : {})} />}
            {!planMap.legend && measure && colors && scheme && (
              <Legend ref={legendRef} measure={measure} choropleth={colors} scheme={scheme} settings={state.classSettings} onSettings={(settings) => dispatch({ type: 'classify', settings })} />
            )}
            {state.phase === 'empty' && (
              <div className="empty-state">
                <h2>Start with district boundaries</h2>
                <p>Drop a GeoJSON or TopoJSON file of your districts here, or use “Add data…”. Then add census tables, speed-test tiles or facility lists. Files stay on this device.</p>
              </div>
            )}
          </section>
          <aside className="side" id="figures" tabIndex={-1} aria-label={planMode ? 'Plan' : 'Figures'}>
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
            {views.side}
            {!planMode && run && districts && selectedIndex >= 0 && <DistrictDetails index={selectedIndex} name={districts.names[selectedIndex]!} run={run} measures={measures} onClose={() => select(-1)} compared={views.isCompared(selectedIndex)} onToggleCompare={() => views.toggleCompare(selectedIndex)} onProfile={views.openProfile} />}
            {!planMode && districts && measure && (
              <DistrictTable
                names={districts.names}
                ids={districts.ids}
                measures={tableMeasures}
                sort={sort}
                selectedIndex={selectedIndex}
                onSort={sortBy}
                onSelect={select}
                onCompare={views.toggleCompare}
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
      {views.dialogs}
      {state.undoLabel && session && <UndoToast label={state.undoLabel} onUndo={() => void session.undo()} />}
    </DropZone>
  );
}
