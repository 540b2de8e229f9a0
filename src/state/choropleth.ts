// Colours for a mapped measure: classes over the districts' values (as the table shows them),
// a sequential or diverging palette, and a legend whose bounds say which class a value on a
// bound falls in. Withheld, missing and thin figures are counted apart. Pure and derived.
import { classBreaks, classOf, snapBreaks, type BreakMethod } from '../core/classify/breaks.ts';
import {
  divergingSides,
  MAX_SEQUENTIAL_CLASSES,
  MAX_SIDE_CLASSES,
  NO_DATA_RGB,
  sequentialRamp,
  SUPPRESSED_RGB,
  type DivergingPalette,
  type Rgb,
  type SequentialPalette,
} from '../core/classify/palette.ts';
import type { MeasureScheme } from './measure-scheme.ts';
import { formatValue, type Unit } from './measures.ts';
import type { Words } from './words.ts';

/** The planner's choice of classes, kept for the session and applied to whichever measure is shown. */
export interface ClassSettings {
  readonly method: BreakMethod;
  /** Wanted number of classes (3–7); fewer appear when values tie or districts are few. */
  readonly classes: number;
  readonly sequential: SequentialPalette;
  readonly diverging: DivergingPalette;
  /** Breaks for `manual`, ascending, in the measure's unit. */
  readonly manual: readonly number[];
}

export const DEFAULT_CLASS_SETTINGS: ClassSettings = { method: 'quantile', classes: 5, sequential: 'YlGnBu', diverging: 'PuOr', manual: [] };

export interface LegendEntry {
  readonly color: Rgb;
  /** Lower bound (inclusive) and upper bound (exclusive; inclusive for the last class), in the measure's unit. */
  readonly from: number;
  readonly to: number;
  /** The bounds in words, e.g. "≥ 10.0 % to < 20.0 %", "3–5" for counts. */
  readonly label: string;
  readonly count: number;
}

export interface Choropleth {
  /** Colour per district, aligned with the values. */
  readonly colors: readonly Rgb[];
  /** Class per district; −1 for no figure. */
  readonly classes: Int32Array;
  readonly legend: readonly LegendEntry[];
  /** Districts with no figure, and those whose figure was withheld (the two are drawn apart). */
  readonly missing: number;
  readonly suppressed: number;
  /** Districts whose figure is drawn but rests on little data (outlined on the map). */
  readonly thin: number;
  readonly breaks: readonly number[];
}

/** What of a measure the choropleth needs. */
export interface ClassifiedMeasure {
  readonly values: Float64Array;
  readonly unit: Unit;
  readonly suppressed?: Uint8Array;
  readonly thin?: Uint8Array;
}

/** Classifies a measure's values (rounded to the step they are shown at) and colours them. */
export function choropleth(measure: ClassifiedMeasure, scheme: MeasureScheme, settings: ClassSettings = DEFAULT_CLASS_SETTINGS): Choropleth {
  const shown = Float64Array.from(measure.values, (v) => roundTo(v, scheme.step));
  const finite = Array.from(shown).filter(Number.isFinite).sort((a, b) => a - b);
  const { breaks, palette } = scheme.kind === 'diverging' ? divergingClasses(finite, scheme.centre ?? 0, settings, scheme.step) : sequentialClasses(finite, settings, scheme.step);
  const classes = new Int32Array(shown.length);
  const counts = new Array<number>(breaks.length + 1).fill(0);
  let missing = 0;
  let suppressed = 0;
  let thin = 0;
  const colors = Array.from(shown, (v, i) => {
    const c = classOf(v, breaks);
    classes[i] = c;
    if (c < 0) {
      if (measure.suppressed?.[i]) {
        suppressed++;
        return SUPPRESSED_RGB;
      }
      missing++;
      return NO_DATA_RGB;
    }
    if (measure.thin?.[i]) thin++;
    counts[c]!++;
    return palette[c]!;
  });
  const legend = finite.length ? legendEntries(finite, breaks, palette, counts, measure.unit) : [];
  return { colors, classes, legend, missing, suppressed, thin, breaks };
}

function sequentialClasses(sorted: readonly number[], settings: ClassSettings, step: number): { breaks: number[]; palette: readonly Rgb[] } {
  const k = Math.max(1, Math.min(settings.classes, MAX_SEQUENTIAL_CLASSES, sorted.length));
  const breaks = snapBreaks(classBreaks(sorted, k, settings.method, settings.manual), step).slice(0, MAX_SEQUENTIAL_CLASSES - 1);
  const n = breaks.length + 1;
  const ramp = sequentialRamp(Math.max(3, n), settings.sequential);
  // With fewer than three classes, use the darker end so contrast with "no data" stays.
  return { breaks, palette: ramp.slice(ramp.length - n) };
}

/**
 * Each side of the centre is classified on its own, so no class straddles it; a side gets half
 * the classes (all of them when the other side is empty). Values equal to the centre go above.
 * Shades deepen away from the centre, equally on both sides.
 */
function divergingClasses(sorted: readonly number[], centre: number, settings: ClassSettings, step: number): { breaks: number[]; palette: readonly Rgb[] } {
  const below = sorted.filter((v) => v < centre);
  const above = sorted.filter((v) => v >= centre);
  const perSide = Math.min(MAX_SIDE_CLASSES, below.length && above.length ? Math.ceil(settings.classes / 2) : settings.classes);
  let belowBreaks: number[];
  let aboveBreaks: number[];
  if (settings.method === 'manual') {
    const manual = snapBreaks(classBreaks([], 1, 'manual', settings.manual), step);
    belowBreaks = manual.filter((b) => b < centre).slice(-(MAX_SIDE_CLASSES - 1));
    aboveBreaks = manual.filter((b) => b > centre).slice(0, MAX_SIDE_CLASSES - 1);
  } else {
    belowBreaks = snapBreaks(classBreaks(below, Math.max(1, Math.min(perSide, below.length)), settings.method), step).filter((b) => b < centre);
    aboveBreaks = snapBreaks(classBreaks(above, Math.max(1, Math.min(perSide, above.length)), settings.method), step).filter((b) => b > centre);
  }
  const nBelow = below.length || settings.method === 'manual' ? belowBreaks.length + 1 : 0;
  const nAbove = above.length || settings.method === 'manual' ? aboveBreaks.length + 1 : 0;
  const breaks = [...belowBreaks, ...(nBelow && nAbove ? [centre] : []), ...aboveBreaks];
  const sides = divergingSides(Math.max(1, nBelow, nAbove), settings.diverging);
  const palette = [...sides.below.slice(0, nBelow).reverse(), ...sides.above.slice(0, nAbove)];
  return { breaks, palette };
}

function legendEntries(sorted: readonly number[], breaks: readonly number[], palette: readonly Rgb[], counts: readonly number[], unit: Unit): LegendEntry[] {
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  const last = palette.length - 1;
  return palette.map((color, c) => {
    // A manual break may lie outside the values: the class beyond it is then open-ended and empty.
    const from = c === 0 ? (breaks.length && lo >= breaks[0]! ? undefined : lo) : breaks[c - 1]!;
    const to = c === last ? (breaks.length && hi < breaks[last - 1]! ? undefined : hi) : breaks[c]!;
    return { color, from: from ?? Number.NEGATIVE_INFINITY, to: to ?? Number.POSITIVE_INFINITY, label: boundsLabel(from, to, c === last, unit), count: counts[c]! };
  });
}

/**
 * The bounds of a class in words. Counts are whole numbers, so a class [3, 6) reads "3–5";
 * other figures say which side of a bound is in: "≥ 10.0 % to < 20.0 %", the last "… to ≤ …".
 * An undefined bound is open: "< 5.0 %", "≥ 80.0 %".
 */
export function boundsLabel(from: number | undefined, to: number | undefined, last: boolean, unit: Unit, words?: Words): string {
  const f = (v: number) => formatValue(v, unit, words?.locale);
  if (from === undefined) return to === undefined ? (words ? words.t('legend.all') : 'all') : unit === 'count' ? `≤ ${f(to - 1)}` : `< ${f(to)}`;
  if (to === undefined) return `≥ ${f(from)}`;
  if (unit === 'count') {
    const top = last ? to : to - 1;
    return top <= from ? f(from) : `${f(from)}–${f(top)}`;
  }
  if (from === to) return f(from);
  if (words) return words.t(last ? 'legend.rangeLast' : 'legend.range', { from: f(from), to: f(to) });
  return `≥ ${f(from)} to ${last ? '≤' : '<'} ${f(to)}`;
}

/** A legend entry's bounds in `words`' language (open bounds are infinite in the entry). */
export function entryLabel(entry: Pick<LegendEntry, 'from' | 'to'>, last: boolean, unit: Unit, words: Words): string {
  return boundsLabel(Number.isFinite(entry.from) ? entry.from : undefined, Number.isFinite(entry.to) ? entry.to : undefined, last, unit, words);
}

/** A value rounded to a multiple of `step` (NaN stays NaN). */
function roundTo(v: number, step: number): number {
  if (!Number.isFinite(v)) return Number.NaN;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(v / step) * step).toFixed(decimals));
}
