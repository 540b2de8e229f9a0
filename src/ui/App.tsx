// The app shell: opens the bundled Kenya project, then shows the map and the table of
// the chosen measure side by side, with the selected district's figures.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import kenyaProject from '../../examples/kenya.lastmile.json';
import type { Project } from '../core/project/types.ts';
import { bundledFiles } from '../app/bundled-files.ts';
import { runProjectInBrowser } from '../app/start.ts';
import { initialState, reduce } from '../state/app-state.ts';
import { choropleth } from '../state/choropleth.ts';
import { measuresOf } from '../state/measures.ts';
import { DistrictDetails } from './DistrictDetails.tsx';
import { DistrictTable } from './DistrictTable.tsx';
import { Legend } from './Legend.tsx';
import { MapPanel } from './MapPanel.tsx';
import { MeasurePicker } from './MeasurePicker.tsx';
import { StatusBar } from './StatusBar.tsx';

export function App() {
  const [state, dispatch] = useReducer(reduce, initialState);
  const [mapIdle, setMapIdle] = useState(false);
  const [loadController, setLoadController] = useState<AbortController | null>(null);

  const open = useCallback(() => {
    const controller = new AbortController();
    setLoadController(controller);
    void runProjectInBrowser(kenyaProject as Project, bundledFiles('examples'), dispatch, controller.signal).finally(() => setLoadController(null));
    return controller;
  }, []);

  useEffect(() => {
    const controller = open();
    return () => controller.abort();
  }, [open]);

  const measures = useMemo(() => measuresOf(state.results), [state.results]);
  const measure = measures.find((m) => m.key === state.measureKey) ?? measures[0];
  const tableMeasures = useMemo(() => measures.filter((m) => m.indicatorId === measure?.indicatorId), [measures, measure?.indicatorId]);
  const colors = useMemo(() => (measure ? choropleth(measure.values) : null), [measure]);
  const selectedIndex = state.districts && state.selectedId ? state.districts.ids.indexOf(state.selectedId) : -1;
  const select = useCallback((index: number) => dispatch({ type: 'select', id: index >= 0 && state.districts ? state.districts.ids[index]! : null }), [state.districts]);

  useEffect(() => {
    document.documentElement.dataset.lastmileState = state.phase === 'ready' ? (mapIdle ? 'idle' : 'drawing') : state.phase;
  }, [state.phase, mapIdle]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Lastmile</h1>
        <p className="project-title">{state.project?.title ?? 'Opening the bundled project…'}</p>
        {measure && <MeasurePicker measures={measures} value={measure.key} onChange={(key) => dispatch({ type: 'show-measure', key })} />}
      </header>
      <StatusBar phase={state.phase} progress={state.progress} error={state.error} onCancel={loadController ? () => loadController.abort() : null} onRetry={open} />
      <main className="workspace">
        <section className="map-area" aria-label="Map">
          <MapPanel districts={state.districts} colors={colors?.colors ?? null} selectedIndex={selectedIndex} measure={measure} onSelect={select} onIdleChange={setMapIdle} />
          {measure && colors && <Legend measure={measure} legend={colors.legend} missing={colors.missing} />}
        </section>
        <aside className="side">
          {state.districts && selectedIndex >= 0 && <DistrictDetails index={selectedIndex} name={state.districts.names[selectedIndex]!} results={state.results} onClose={() => select(-1)} />}
          {state.districts && measure && (
            <DistrictTable
              names={state.districts.names}
              ids={state.districts.ids}
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
        Data: KNBS, 2019 Kenya Population and Housing Census (via rKenyaCensus, MIT); county boundaries (kenya_in_numbers, MIT); basemap Natural Earth via world-atlas. Computed in your browser; nothing leaves this device.
      </footer>
    </div>
  );
}
