// The view as a link: the figure on the map, its classes and palettes, the selected and
// compared districts and the map's centre and zoom, kept in the page's hash (no server sees
// it). Decoding checks every part against the open project: a part that names something the
// project lacks is left out and reported, never applied and never a crash.
import { BREAK_METHODS, type BreakMethod } from '../core/classify/breaks.ts';
import { DIVERGING_PALETTES, MAX_SEQUENTIAL_CLASSES, SEQUENTIAL_PALETTES, type DivergingPalette, type SequentialPalette } from '../core/classify/palette.ts';

/** Where the map looks: centre in degrees, zoom as MapLibre counts it (0 = the world in 512 px). */
export interface MapView {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** What a link restores; every part optional (a link may carry only some). */
export interface SharedView {
  readonly measure?: string;
  readonly method?: BreakMethod;
  readonly classes?: number;
  readonly sequential?: SequentialPalette;
  readonly diverging?: DivergingPalette;
  /** Breaks for the `manual` method, ascending, in the measure's unit. */
  readonly manual?: readonly number[];
  /** District id (not name: names may repeat). */
  readonly selected?: string;
  readonly compared?: readonly string[];
  readonly map?: MapView;
}

/** A part of a link that was left out, and the value it held (for the planner's message). */
export interface ViewProblem {
  readonly part: 'measure' | 'method' | 'classes' | 'palette' | 'manual' | 'selected' | 'compared' | 'map';
  readonly value: string;
}

/** What the open project offers, to check a link against. */
export interface ViewCatalogue {
  readonly measures: readonly string[];
  readonly districtIds: readonly string[];
}

/** Fewest and most classes a link may ask for (ClassControls offers the same range). */
export const MIN_CLASSES = 3;
/** Most districts compared at once: a table wider than this is not read side by side. */
export const MAX_COMPARED = 8;

/** The hash for `view` ("#m=…&k=…"), parts in a fixed order so equal views give equal links. */
export function encodeView(view: SharedView): string {
  const p = new URLSearchParams();
  if (view.measure) p.set('m', view.measure);
  if (view.method) p.set('k', view.method);
  if (view.classes !== undefined) p.set('n', String(view.classes));
  if (view.sequential) p.set('p', view.sequential);
  if (view.diverging) p.set('dp', view.diverging);
  if (view.manual?.length) p.set('b', view.manual.join(','));
  if (view.selected) p.set('d', view.selected);
  if (view.compared?.length) p.set('c', view.compared.join(','));
  if (view.map) p.set('v', [view.map.lon.toFixed(4), view.map.lat.toFixed(4), view.map.zoom.toFixed(2)].join(','));
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** The view a hash (with or without "#") holds, each part checked against `known`; unknown parts become problems. */
export function decodeView(hash: string, known: ViewCatalogue): { view: SharedView; problems: ViewProblem[] } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const problems: ViewProblem[] = [];
  const view: { -readonly [K in keyof SharedView]: SharedView[K] } = {};
  const ids = new Set(known.districtIds);
  const take = <T>(key: string, part: ViewProblem['part'], accept: (text: string) => T | undefined): T | undefined => {
    const text = p.get(key);
    if (text === null) return undefined;
    const value = accept(text);
    if (value === undefined) problems.push({ part, value: text });
    return value;
  };
  view.measure = take('m', 'measure', (t) => (known.measures.includes(t) ? t : undefined));
  view.method = take('k', 'method', (t) => (BREAK_METHODS as readonly string[]).includes(t) ? (t as BreakMethod) : undefined);
  view.classes = take('n', 'classes', (t) => {
    const n = Number(t);
    return Number.isInteger(n) && n >= MIN_CLASSES && n <= MAX_SEQUENTIAL_CLASSES ? n : undefined;
  });
  view.sequential = take('p', 'palette', (t) => (SEQUENTIAL_PALETTES as readonly string[]).includes(t) ? (t as SequentialPalette) : undefined);
  view.diverging = take('dp', 'palette', (t) => (DIVERGING_PALETTES as readonly string[]).includes(t) ? (t as DivergingPalette) : undefined);
  view.manual = take('b', 'manual', (t) => {
    const breaks = t.split(',').map(Number);
    return breaks.every(Number.isFinite) && breaks.every((b, i) => i === 0 || b > breaks[i - 1]!) ? breaks : undefined;
  });
  view.selected = take('d', 'selected', (t) => (ids.has(t) ? t : undefined));
  const compared = p.get('c');
  if (compared !== null) {
    const wanted = [...new Set(compared.split(',').filter((id) => id !== ''))];
    for (const id of wanted.filter((id) => !ids.has(id))) problems.push({ part: 'compared', value: id });
    const kept = wanted.filter((id) => ids.has(id));
    for (const id of kept.slice(MAX_COMPARED)) problems.push({ part: 'compared', value: id });
    if (kept.length) view.compared = kept.slice(0, MAX_COMPARED);
  }
  view.map = take('v', 'map', (t) => {
    const [lon, lat, zoom] = t.split(',').map(Number);
    const ok = t.split(',').length === 3 && Math.abs(lon!) <= 360 && Math.abs(lat!) <= 85.06 && zoom! >= 0 && zoom! <= 24;
    return ok ? { lon: lon!, lat: lat!, zoom: zoom! } : undefined;
  });
  for (const k of Object.keys(view) as (keyof SharedView)[]) if (view[k] === undefined) delete view[k];
  return { view, problems };
}
