// A district's profile: every figure of the run for one district, grouped by the indicator or
// layer it belongs to, each with its rank among districts, the project-wide reference, its
// margin of error where the run has one, and the glossary term that explains it. Numbers are
// the run's district columns; only rank and reference are derived here (src/core/equity/standing.ts).
import { rankOf, referenceValue } from '../core/equity/standing.ts';
import type { Measure } from './measures.ts';

/** Glossary entries a figure can point to (src/ui/GlossaryDialog.tsx words them). */
export const GLOSSARY_TERMS = ['rate', 'gap', 'parity', 'margin', 'suppression', 'test-weighted', 'composite', 'reference', 'rank', 'gini', 'theil', 'palma'] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export interface ProfileFigure {
  readonly measure: Measure;
  /** Rank among the districts with a figure (1 = highest); null when this district has none. */
  readonly rank: { readonly rank: number; readonly of: number } | null;
  /** Project-wide reference in the measure's unit: the (population-weighted) mean, or for counts the total. */
  readonly reference: number;
  readonly referenceKind: 'weighted-mean' | 'mean' | 'total';
  /** The margin of error column of this figure, when the run has one. */
  readonly margin?: Measure;
  readonly term: GlossaryTerm;
}

/** Figures of one indicator, point layer, tile layer or index, in districts.csv order. */
export interface ProfileSection {
  /** The measures' `indicatorId` (`internet_use`, `points.schools`, `inclusion_index`). */
  readonly id: string;
  readonly kind: 'indicator' | 'points' | 'tiles' | 'composite';
  readonly figures: readonly ProfileFigure[];
}

/** District `d`'s profile over `measures`; `population` weights the reference (null: unweighted). */
export function districtProfile(measures: readonly Measure[], d: number, population: Float64Array | null): ProfileSection[] {
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const margins = new Set(measures.filter((m) => m.code?.code === 'margin').map((m) => m.key));
  const sections = new Map<string, ProfileFigure[]>();
  for (const m of measures) {
    if (margins.has(m.key)) continue;
    const margin = byKey.get(`${m.key}.moe`);
    const figure: ProfileFigure = {
      measure: m,
      rank: rankOf(m.values, d),
      ...figureReference(m, population),
      ...(margin ? { margin } : {}),
      term: termOf(m, d),
    };
    const list = sections.get(m.indicatorId) ?? [];
    list.push(figure);
    sections.set(m.indicatorId, list);
  }
  return [...sections].map(([id, figures]) => ({ id, kind: kindOf(figures[0]!.measure), figures }));
}

/** The project-wide reference of a figure: for counts the total, else the mean weighted by `population` (null: unweighted). */
export function figureReference(m: Measure, population: Float64Array | null): Pick<ProfileFigure, 'reference' | 'referenceKind'> {
  if (m.unit === 'count') {
    let total = 0;
    for (const v of m.values) if (Number.isFinite(v)) total += v;
    return { reference: total, referenceKind: 'total' };
  }
  return { reference: referenceValue(m.values, population ?? undefined).value, referenceKind: population ? 'weighted-mean' : 'mean' };
}

/** The glossary term that says what a figure is: why it is withheld, when it is. */
export function termOf(m: Measure, d: number): GlossaryTerm {
  if (m.suppressed?.[d]) return 'suppression';
  switch (m.code?.code) {
    case 'gap':
      return 'gap';
    case 'parity':
      return 'parity';
    case 'margin':
      return 'margin';
    case 'download':
    case 'upload':
    case 'latency':
    case 'tests-below':
      return 'test-weighted';
    case 'composite':
    case 'pillar':
      return 'composite';
    default:
      return 'rate';
  }
}

function kindOf(m: Measure): ProfileSection['kind'] {
  const c = m.code?.code;
  if (c === 'point-count' || c === 'point-sum') return 'points';
  if (c === 'composite' || c === 'pillar') return 'composite';
  if (c && ['tiles', 'tests', 'devices', 'download', 'upload', 'latency', 'tests-below'].includes(c)) return 'tiles';
  return 'indicator';
}
