// `inequality.csv`: how unequal each district figure is across districts (Gini, Theil,
// Palma), weighted by population when the project names one.
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { DistrictColumn } from './district-columns.ts';
import { extent } from '../core/extent.ts';

export interface InequalityRow {
  readonly indicator: string;
  readonly n_districts: number;
  readonly min: number;
  readonly max: number;
  readonly gini: number;
  readonly theil: number;
  readonly palma: number;
  readonly weighting: 'population' | 'none';
  /** Theil between and within regions, when the project declares regions. */
  readonly theil_between?: number;
  readonly theil_within?: number;
}

export interface Regions {
  /** Region index per district (−1 = unknown). */
  readonly index: Int32Array;
  readonly count: number;
}

/**
 * One row per indicator column (margins of error are not indicators). Districts lacking the value or the weight are left out. The measures
 * are defined for non-negative figures only: a column with a negative value among the
 * districts used (a gap can be negative) gets n, min and max but no Gini, Theil or Palma.
 */
export async function inequalityRows(columns: readonly DistrictColumn[], population: Float64Array | null, regions: Regions | null, compute: Compute, options: TaskOptions = {}): Promise<InequalityRow[]> {
  // All calls are sent at once: a worker answers them in turn, but no round trip waits for
  // the one before (one at a time, they cost a second per edit on a busy 2-core laptop).
  return Promise.all(columns.filter((c) => !c.margin).map((column) => inequalityRow(column, population, regions, compute, options)));
}

async function inequalityRow(column: DistrictColumn, population: Float64Array | null, regions: Regions | null, compute: Compute, options: TaskOptions): Promise<InequalityRow> {
  const x = column.values;
  const w = population ?? undefined;
  const usable: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!) && (!w || Number.isFinite(w[i]!))) usable.push(i);
  const values = usable.map((i) => x[i]!);
  const weighting = population ? 'population' : 'none';
  const [min, max] = extent(values);
  const base = { indicator: column.name, n_districts: usable.length, min, max, weighting } as const;
  if (values.some((v) => v < 0) || usable.length === 0) return { ...base, gini: Number.NaN, theil: Number.NaN, palma: Number.NaN };
  const measures = compute.call('inequality', [x, w], options);
  let decomposition: Promise<{ theil_between: number; theil_within: number } | object> = Promise.resolve({});
  if (regions) {
    // Districts without a region are left out of the decomposition only.
    const x2 = Float64Array.from(x, (v, i) => (regions.index[i]! >= 0 ? v : Number.NaN));
    const r2 = Int32Array.from(regions.index, (r) => Math.max(0, r));
    decomposition = compute.call('theilDecomposition', [x2, r2, regions.count, w], options).then((t) => ({ theil_between: t.between, theil_within: t.within }));
  }
  const [m, d] = await Promise.all([measures, decomposition]);
  return { ...base, gini: m.gini, theil: m.theil, palma: m.palma, ...d };
}
