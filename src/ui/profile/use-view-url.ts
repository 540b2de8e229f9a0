// Keeps the view in the page's hash and restores it from there: once, when the first run is
// ready (a link's parts are checked against that project: what it lacks becomes a notice),
// then on every change of what the link holds (replaceState: no history entry per click).
import { useCallback, useEffect, useRef } from 'react';
import type { Action, AppState } from '../../state/app-state.ts';
import type { ClassSettings } from '../../state/choropleth.ts';
import type { RunView } from '../../state/run-view.ts';
import { decodeView, encodeView, type MapView, type SharedView } from '../../state/view-url.ts';
import type { Words } from '../../state/words.ts';

interface Options {
  state: Pick<AppState, 'measureKey' | 'classSettings' | 'selectedId'>;
  run: RunView | null;
  dispatch(action: Action): void;
  compared: readonly string[];
  setCompared(ids: readonly string[]): void;
  words: Words;
}

/** The map view a link asks for (read at once: the map frames itself before the run is ready). */
export function linkedMapView(): MapView | null {
  return decodeView(window.location.hash, { measures: [], districtIds: [] }).view.map ?? null;
}

/**
 * Restores the link's view on the first run, then writes the view into the hash as it changes.
 * Returns what to call when the map comes to rest: the map's view is kept in a ref, not in
 * React state, so moving the map re-renders nothing (the App's table is large).
 */
export function useViewUrl({ state, run, dispatch, compared, setCompared, words }: Options): (view: MapView) => void {
  const mapView = useRef<MapView | null>(null);
  const initial = useRef(window.location.hash);
  const applied = useRef(initial.current === '');
  useEffect(() => {
    if (applied.current || !run) return;
    applied.current = true;
    const { view, problems } = decodeView(initial.current, { measures: run.columns.map((c) => c.name), districtIds: run.districts.ids });
    if (view.measure) dispatch({ type: 'show-measure', key: view.measure });
    const settings = classSettingsOf(view, state.classSettings);
    if (settings) dispatch({ type: 'classify', settings });
    if (view.selected) dispatch({ type: 'select', id: view.selected });
    if (view.compared) setCompared(view.compared);
    if (problems.length) dispatch({ type: 'notice', message: problems.map((p) => words.t('share.problem', { part: words.t(`share.part.${p.part}`), value: p.value })).join('\n') });
    // Only once: a later project opened in this tab is not judged by the first one's link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run]);

  const { measureKey, classSettings: c, selectedId } = state;
  const write = useCallback(() => {
    if (!applied.current || !run) return;
    const view: SharedView = {
      measure: measureKey,
      method: c.method,
      classes: c.classes,
      sequential: c.sequential,
      diverging: c.diverging,
      ...(c.method === 'manual' ? { manual: c.manual } : {}),
      ...(selectedId ? { selected: selectedId } : {}),
      compared,
      ...(mapView.current ? { map: mapView.current } : {}),
    };
    const hash = encodeView(view);
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [run, measureKey, c, selectedId, compared]);
  useEffect(write, [write]);
  const writeRef = useRef(write);
  writeRef.current = write;
  return useCallback((view: MapView) => {
    mapView.current = { lon: view.lon, lat: view.lat, zoom: view.zoom };
    writeRef.current();
  }, []);
}

/** The class settings a link changes, or null when it names none. */
function classSettingsOf(view: SharedView, current: ClassSettings): ClassSettings | null {
  if (!view.method && view.classes === undefined && !view.sequential && !view.diverging && !view.manual) return null;
  return {
    ...current,
    ...(view.method ? { method: view.method } : {}),
    ...(view.classes !== undefined ? { classes: view.classes } : {}),
    ...(view.sequential ? { sequential: view.sequential } : {}),
    ...(view.diverging ? { diverging: view.diverging } : {}),
    ...(view.manual ? { manual: view.manual } : {}),
  };
}
