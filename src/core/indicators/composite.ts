// Composite digital-divide index: indicators are normalised, oriented so that HIGHER = BETTER
// CONNECTED, averaged into pillars (e.g. access, affordability, skills), and pillars averaged
// into one index. Weights are normalised to sum to 1 and returned, so a planner sees exactly
// how much each indicator and pillar counts.
//
// Missing values: a district missing any indicator of a pillar gets NaN for that pillar, and
// so NaN for the index. Re-weighting the indicators it does have would quietly give that
// district a different index from its neighbours; a gap on the map is more honest.
// Indicators and pillars of weight 0 are skipped entirely, so their gaps do not count.

/** Whether a larger value of an indicator means better or worse connected. */
export type Direction = 'higher-is-better' | 'higher-is-worse';
/** How indicators in different units are put on one unitless scale. */
export type Normalisation = 'z-score' | 'min-max';

/** One indicator: a value column per district, its direction and its weight in the pillar. */
export interface CompositeIndicator {
  readonly name: string;
  /** Value per district, in the indicator's own unit; NaN = missing. */
  readonly values: ArrayLike<number>;
  readonly direction: Direction;
  /** Relative weight inside its pillar, ≥ 0. */
  readonly weight: number;
}

/** A pillar of the index (e.g. access, affordability, skills) and its weight. */
export interface CompositePillar {
  readonly name: string;
  /** Relative weight in the index, ≥ 0. */
  readonly weight: number;
  readonly indicators: readonly CompositeIndicator[];
}

/** The index with its parts: pillar scores and the weights actually used (unitless). */
export interface CompositeIndex {
  readonly normalisation: Normalisation;
  /** Per district: weighted mean of pillar scores; higher = better connected. */
  readonly index: Float64Array;
  /** Per pillar, per district: weighted mean of its normalised indicators. */
  readonly pillarScores: readonly Float64Array[];
  /** Pillar weights as used, summing to 1. */
  readonly pillarWeights: Float64Array;
  /** Per pillar, its indicator weights as used, summing to 1. */
  readonly indicatorWeights: readonly Float64Array[];
}

/**
 * Composite index per district (unitless; higher = better connected). With 'min-max' (the
 * default) every score lies in 0–1, 1 = best district on every indicator; with 'z-score' 0 is average.
 */
export function compositeIndex(pillars: readonly CompositePillar[], options: { readonly normalisation?: Normalisation } = {}): CompositeIndex {
  const { normalisation = 'min-max' } = options;
  const normalise = normaliser(normalisation);
  if (pillars.length === 0) throw new Error('a composite index needs at least one pillar');
  const n = pillars[0]!.indicators[0]?.values.length ?? 0;
  const pillarScores: Float64Array[] = [];
  const indicatorWeights: Float64Array[] = [];
  for (const pillar of pillars) {
    if (pillar.indicators.length === 0) throw new Error(`pillar "${pillar.name}" has no indicators`);
    const normalised = pillar.indicators.map((indicator) => {
      if (indicator.values.length !== n) {
        throw new Error(`indicator "${indicator.name}" has ${indicator.values.length} districts, expected ${n}`);
      }
      return normalise(oriented(indicator));
    });
    const weights = sumToOne(pillar.indicators.map((i) => i.weight), `pillar "${pillar.name}": indicator weights`);
    indicatorWeights.push(weights);
    pillarScores.push(weightedMean(normalised, weights, n));
  }
  const pillarWeights = sumToOne(pillars.map((p) => p.weight), 'pillar weights');
  return { normalisation, index: weightedMean(pillarScores, pillarWeights, n), pillarScores, pillarWeights, indicatorWeights };
}

/** One indicator normalised (unitless) and oriented so that higher = better connected. */
export function normaliseIndicator(values: ArrayLike<number>, direction: Direction, normalisation: Normalisation): Float64Array {
  return normaliser(normalisation)(oriented({ name: 'values', values, direction, weight: 1 }));
}

function normaliser(normalisation: Normalisation): (values: Float64Array) => Float64Array {
  switch (normalisation) {
    case 'z-score':
      return zScore;
    case 'min-max':
      return minMax;
    default:
      throw new Error(`unknown normalisation "${String(normalisation)}" (expected z-score or min-max)`);
  }
}

/** The values, negated where higher is worse: min-max then gives (max − v)/(max − min), z-score (mean − v)/SD. */
function oriented({ name, values, direction }: CompositeIndicator): Float64Array {
  let sign: number;
  switch (direction) {
    case 'higher-is-better':
      sign = 1;
      break;
    case 'higher-is-worse':
      sign = -1;
      break;
    default:
      throw new Error(`indicator "${name}": unknown direction "${String(direction)}" (expected higher-is-better or higher-is-worse)`);
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === Infinity || v === -Infinity) throw new RangeError(`indicator "${name}": district ${i} is ${v}; use NaN for missing`);
    out[i] = sign * v;
  }
  return out;
}

// Statistics are over the districts where the indicator is present. An indicator that is the
// same everywhere carries no information: every district gets the centre of the scale
// (z = 0, min-max = 0.5), which moves all scores alike and leaves the ranking to the others.

/** (v − mean) / SD, SD with divisor n: these districts are the whole population, not a sample. */
function zScore(values: Float64Array): Float64Array {
  let count = 0;
  let sum = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
  }
  const mean = sum / count;
  let squares = 0;
  for (const v of values) if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  const sd = Math.sqrt(squares / count);
  return values.map((v) => (sd > 0 ? (v - mean) / sd : centre(v, 0)));
}

/** (v − min) / (max − min), in 0–1. */
function minMax(values: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return values.map((v) => (max > min ? (v - min) / (max - min) : centre(v, 0.5)));
}

/** The centre of the scale for a present value; a missing value stays missing. */
function centre(v: number, centreOfScale: number): number {
  return Number.isNaN(v) ? Number.NaN : centreOfScale;
}

/** Σ weight·column per district, skipping columns of weight 0; NaN if any used column is NaN. */
function weightedMean(columns: readonly Float64Array[], weights: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  columns.forEach((column, k) => {
    const wk = weights[k]!;
    if (wk > 0) for (let i = 0; i < n; i++) out[i]! += wk * column[i]!;
  });
  return out;
}

function sumToOne(weights: readonly number[], what: string): Float64Array {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`${what} must be finite and ≥ 0, got ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError(`${what} must not all be 0`);
  return Float64Array.from(weights, (w) => w / total);
}
