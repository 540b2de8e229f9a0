// The app shell: opens the bundled Kenya project, then shows the map and the table of the
// chosen measure side by side, with the selected district's figures and the exports.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import kenyaProject from '../../examples/kenya.lastmile.json';
import { bundledFiles } from '../app/bundled-files.ts';
import { recomputeComposite } from '../app/recompute.ts';
import { runProjectInBrowser } from '../app/start.ts';
import { initialState, reduce } from '../state/app-state.ts';
import { choropleth } from '../state/choropleth.ts';
import { measuresOf } from '../state/measures.ts';
import { CompositePanel } from './CompositePanel.tsx';
import { DistrictDetails } from './DistrictDetails.tsx';
import { DistrictTable } from './DistrictTable.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { Legend } from './Legend.tsx';
import { MapPanel } from './MapPanel.tsx';
import { MeasurePicker } from './MeasurePicker.tsx';
import { StatusBar } from './StatusBar.tsx';

const BUNDLED = { project: kenyaProject as unknown, file: 'kenya.lastmile.json', dir: 'examples' };

export function App() {
  const [state, dispatch] = useReducer(reduce, initialState);
  const [mapIdle, setMapIdle] = useState(false);
  const [loadController, setLoadController] = useState<AbortController | null>(null);
  const [recomputing, setRecomputing] = useState(false);

  const open = useCallback(() => {
    const controller = new AbortController();
    setLoadController(controller);
    // Only the load that is still current may clear the Cancel button (an aborted one finishes later).
    void runProjectInBrowser(BUNDLED.project, BUNDLED.file, bundledFiles(BUNDLED.dir), dispatch, controller.signal).finally(() => setLoadController((c) => (c === controller ? null : c)));
    return controller;
  }, []);

  useEffect(() => {
    const controller = open();
    return () => controller.abort();
  }, [open]);

  const run = state.run;
  const districts = run?.opened.districts ?? null;
  const measures = useMemo(() => (run ? measuresOf(run.columns) : []), [run]);
  const measure = measures.find((m) => m.key === state.measureKey) ?? measures[0];
  const tableMeasures = useMemo(() => measures.filter((m) => m.indicatorId === measure?.indicatorId), [measures, measure?.indicatorId]);
  const colors = useMemo(() => (measure ? choropleth(measure.values) : null), [measure]);
  const selectedIndex = districts && state.selectedId ? districts.ids.indexOf(state.selectedId) : -1;
  const select = useCallback((index: number) => dispatch({ type: 'select', id: index >= 0 && districts ? districts.ids[index]! : null }), [districts]);

  useEffect(() => {
    document.documentElement.dataset.lastmileState = state.phase === 'ready' ? (mapIdle ? 'idle' : 'drawing') : state.phase;
  }, [state.phase, mapIdle]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Lastmile</h1>
        <p className="project-title">{run?.project.title ?? 'Opening the bundled project…'}</p>
        {measure && <MeasurePicker measures={measures} value={measure.key} onChange={(key) => dispatch({ type: 'show-measure', key })} />}
        {run && <ExportMenu run={run} projectFile={BUNDLED.file} />}
      </header>
      <StatusBar phase={state.phase} progress={state.progress} error={state.error} onCancel={loadController ? () => loadController.abort() : null} onRetry={open} />
      <main className="workspace">
        <section className="map-area" aria-label="Map">
          <MapPanel districts={districts} colors={colors?.colors ?? null} selectedIndex={selectedIndex} measure={measure} onSelect={select} onIdleChange={setMapIdle} />
          {measure && colors && <Legend measure={measure} legend={colors.legend} missing={colors.missing} />}
        </section>
        <aside className="side">
          {run?.composite && run.project.composite && (
            <CompositePanel
              spec={run.project.composite}
              pillarShares={run.composite.pillarWeights}
              busy={recomputing}
              onApply={(spec) => {
                setRecomputing(true);
                recomputeComposite(run, spec)
                  .then((next) => dispatch({ type: 'loaded', run: next }), (e: unknown) => dispatch({ type: 'failed', message: e instanceof Error ? e.message : String(e) }))
                  .finally(() => setRecomputing(false));
              }}
            />
          )}
          {run && districts && selectedIndex >= 0 && <DistrictDetails index={selectedIndex} name={districts.names[selectedIndex]!} run={run} measures={measures} onClose={() => select(-1)} />}
          {districts && measure && (
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
      <footer className="sources">
        Data: KNBS, 2019 Kenya Population and Housing Census (via rKenyaCensus, MIT); county boundaries (kenya_in_numbers, MIT); schools (Ministry of Education, CC0); health facilities (KMHFL, MIT); basemap Natural Earth via world-atlas. Computed in your browser; nothing leaves this device.
      </footer>
    </div>
  );
}
