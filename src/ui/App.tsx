// The app shell: the open project's map and table side by side, the selected district's
// figures, the data and its checks, and the ways in and out (add data, projects, export).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { projectFileName } from '../app/file-names.ts';
import { useMapAfterFigures } from './use-map-after-figures.ts';
import { choropleth } from '../state/choropleth.ts';
import { measuresOf } from '../state/measures.ts';
import { noticeText } from '../state/notices.ts';
import { measureScheme } from '../state/measure-scheme.ts';
import { mapSummary } from '../state/map-summary.ts';
import { capitalFirst, nounsText } from '../state/words.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { DistrictSearch } from './DistrictSearch.tsx';
import { AddDataDialog } from './AddDataDialog.tsx';
import { CompositePanel } from './CompositePanel.tsx';
import { DistrictDetails } from './DistrictDetails.tsx';
import { DistrictTable } from './DistrictTable.tsx';
import { FigureViews } from './charts/FigureViews.tsx';
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
import { MapLayersPanel } from './map-layers/MapLayersPanel.tsx';
import { PeriodControl } from './map-layers/PeriodControl.tsx';
import { useMapLayers } from './map-layers/use-map-layers.ts';
import { overlayUnderPlan } from './map-layers/overlay-under-plan.ts';
import { groupedKey, pickerMeasures, tileGroupMeasures } from '../state/tile-group-measures.ts';
import { useProfileViews } from './profile/use-profile-views.tsx';
import { creditLines, licenceWarnings } from '../core/export/licences.ts';
import { languageOf } from '../i18n/i18n.ts';
import { useI18n, useWords } from '../i18n/use-words.ts';
import { loadErrorText } from '../state/load-text.ts';

export function App() {
  const { state, dispatch, session } = useSession();
  const words = useWords();
  const { t } = words;
  // The map's idle flag only feeds the page's state attribute: kept out of React state, so a
  // hover (which makes the map draw, then idle) does not re-render the whole app and table.
  const mapIdle = useRef(false);
  const mapShown = useMapAfterFigures(state.phase === 'loading');
  const busyRef = useRef({ busy: true, phase: state.phase as string });
  const [defining, setDefining] = useState<{ error: string | null; busy: boolean } | null>(null);
  const [recomputing, setRecomputing] = useState(false);

  const run = state.run;
  const districts = run?.districts ?? null;
  const measures = useMemo(() => (run ? measuresOf(run.columns) : []), [run]);
  // Grouped tile figures (per quarter, per network type) are mapped and tabulated one group at a time.
  const mappable = useMemo(() => (run?.tileGroups?.length ? [...measures, ...tileGroupMeasures(run.tileGroups)] : measures), [run, measures]);
  const measure = mappable.find((m) => m.key === state.measureKey) ?? mappable[0];
  const tableMeasures = useMemo(() => mappable.filter((m) => m.indicatorId === measure?.indicatorId), [mappable, measure?.indicatorId]);
  const showMeasure = useCallback((key: string) => dispatch({ type: 'show-measure', key }), [dispatch]);
  const mapLayers = useMapLayers(run, session?.mapLayers ?? null, measure?.key, showMeasure, words);
  const shownGroup = measure ? groupedKey(measure.key) : null;
  const periodOf = shownGroup ? mapLayers.tiles.find((t) => `tiles.${t.name}` === shownGroup.layer) : undefined;
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
  const valuesOf = useCallback((column: string) => session?.fileColumnValues(column) ?? Promise.resolve(null), [session]);
  const title = state.open?.project.title ?? '';
  const planning = state.planning;
  const districtNoun = state.open?.project.districts.noun ?? 'district';
  const planMode = planning.mode === 'plan';
  const summary = useMemo(() => (districts && measure && !planMode ? mapSummary(districts.names, measure, districtNoun, words) : ''), [districts, measure, districtNoun, words, planMode]);
  const minPeople = state.open?.project.suppression?.min_people ?? 0;
  const derived = usePlanView(planning, minPeople);
  const selectSite = useCallback((index: number) => dispatch({ type: 'plan/select-site', index }), [dispatch]);
  const selectDistrict = useCallback((index: number) => dispatch({ type: 'plan/select-district', index }), [dispatch]);
  const planMap = usePlanMap({ planning, derived, districtNames: districts?.names ?? [], districtNoun, commands: session?.planning ?? null, onSelectSite: selectSite, onSelectDistrict: selectDistrict });
  // Schools and tiles the planner showed stay drawn while siting, under the plan.
  const mapOverlay = useMemo(() => overlayUnderPlan(planMap.overlay, mapLayers.overlay), [planMap.overlay, mapLayers.overlay]);
  const openProject = state.open?.project ?? null;
  // Exports read the session's last run and plans; they change when the run, project or plans do.
  // The report is written in the language the planner reads.
  const language = languageOf(useI18n());
  const study = useMemo(() => (run && openProject && session ? session.exports(Object.values(planning.plans), { words, language }) : null), [run, openProject, session, planning.plans, words, language]);
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
          {planMode ? t('app.skipPlan') : t('app.skipTable')}
        </a>
        <header className="app-header">
          <h1>{t('app.name')}</h1>
          <ProjectMenu
            title={title}
            currentId={state.open?.id ?? null}
            recent={state.recent}
            onTitle={(title) => session?.setTitle(title)}
            onNew={() => void session?.createProject(t('project.untitled'))}
            onOpenRecent={(id) => void session?.openRecent(id)}
            onOpenFiles={addFiles}
            onOpenExample={(name) => void session?.openBundled(name)}
          />
          <LanguageSwitch projectLanguage={state.open?.project.language} />
          {run && (
            <div className="mode-switch" role="group" aria-label={t('app.modes')}>
              <button type="button" aria-pressed={!planMode} onClick={() => dispatch({ type: 'plan/mode', mode: 'indicators' })}>
                {t('app.mode.indicators')}
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
                {t('app.mode.plan')}
              </button>
            </div>
          )}
          {measure && !planMode && <MeasurePicker measures={pickerMeasures(mappable, measure)} value={measure.key} onChange={showMeasure} />}
          {periodOf && !planMode && <PeriodControl layer={periodOf.name} by={periodOf.by} groups={periodOf.groups} value={periodOf.group} onChange={(g) => mapLayers.commands.group(periodOf.name, g)} />}
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
            {t('app.readOnly')}
          </p>
        )}
        {!state.persistent && <p className="notice" role="alert">{t('app.notPersistent')}</p>}
        {state.notice && (
          <p className="notice" role="alert">
            {state.noticeIssue ? loadErrorText(state.noticeIssue, words) : noticeText(state.notice, state.noticeWords, words)} <button type="button" onClick={() => dispatch({ type: 'notice', message: null })}>{t('app.dismiss')}</button>
          </p>
        )}
        <main className="workspace">
          {/* Over the workspace, not above it: a bar that pushed the map down and back on every
              run resized its canvas twice, and each resize waits for the GPU (issue #18). */}
          <StatusBar phase={state.phase} progress={state.progress} error={state.errorIssue ? loadErrorText(state.errorIssue, words) : state.error} onCancel={state.phase === 'loading' ? () => session?.cancel() : null} onRetry={() => void session?.rerun()} />
          {run && (
            <div className="phone-switch" role="group" aria-label={t('app.show')}>
              <button type="button" aria-pressed={phoneView === 'map'} onClick={() => setPhoneView('map')}>
                {t('app.map')}
              </button>
              <button type="button" aria-pressed={phoneView === 'figures'} onClick={() => setPhoneView('figures')}>
                {planMode ? t('app.plan') : t('app.table')}
              </button>
            </div>
          )}
          <section className="map-area" aria-label={t('app.mapArea')}>
            {summary && (
              <p id="map-summary" className="visually-hidden">
                {summary}
              </p>
            )}
            {mapShown ? (
              <MapPanel
                districts={districts}
                colors={planMap.colors ?? colors?.colors ?? null}
                selectedIndex={planMode ? planning.selectedDistrict : selectedIndex}
                measure={measure}
                onSelect={planMode ? selectDistrict : select}
                onIdleChange={onMapIdle}
                overlay={mapOverlay}
                thin={planMap.colors ? null : (measure?.thin ?? null)}
                panels={mapPanels}
                zoomTo={zoomTo}
                fitAllLabel={capitalFirst(t('map.fitAll', { nouns: nounsText(districtNoun, words) }), words.locale)}
                startView={views.startView}
                onViewChange={views.onViewChange}
                {...(summary ? { describedBy: 'map-summary' } : {})}
              />
            ) : (
              <div className="map-panel">
                <div className="map" />
              </div>
            )}
            {planMap.legend && <PlanLegend network={derived.outcome?.links != null} phased={derived.outcome?.rollout != null} {...(planMap.legend === 'compare' && derived.comparison ? { compare: { labelA: derived.comparison.a.scenario.label ?? derived.comparison.a.scenario.id, labelB: derived.comparison.b.scenario.label ?? derived.comparison.b.scenario.id } } : {})} />}
            {!planMap.legend && measure && colors && scheme && (
              <Legend ref={legendRef} measure={measure} choropleth={colors} scheme={scheme} settings={state.classSettings} onSettings={(settings) => dispatch({ type: 'classify', settings })} />
            )}
            {state.phase === 'empty' && (
              <div className="empty-state">
                <h2>{t('app.empty.title')}</h2>
                <p>{t('app.empty.text')}</p>
              </div>
            )}
          </section>
          <aside className="side" id="figures" tabIndex={-1} aria-label={planMode ? t('app.plan') : t('app.figures')}>
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
            {run && <MapLayersPanel points={mapLayers.points} tiles={mapLayers.tiles} commands={mapLayers.commands} />}
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
            {!planMode && districts && measure && run && (
              <FigureViews run={run} names={districts.names} measure={measure} measures={measures} selectedIndex={selectedIndex} compared={views.compared} noun={districtNoun} onSelect={select}>
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
              </FigureViews>
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
          error={state.adding.errorIssue ? loadErrorText(state.adding.errorIssue, words) : state.adding.error}
          onConfirm={(entry) => void session.confirmLayer(entry)}
          onCancel={() => void session.cancelFile()}
          valuesOf={valuesOf}
        />
      )}
      {views.dialogs}
      {state.undoLabel && session && <UndoToast label={state.undoLabel} onUndo={() => void session.undo()} />}
    </DropZone>
  );
}
