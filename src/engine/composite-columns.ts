// The composite divide index as district columns: `<id>` and `<id>.<pillar>`, computed from
// other columns of districts.csv with the weights the project declares (shown, not hidden).
import type { CompositeSpec } from '../core/project/types.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { DistrictColumn } from './district-columns.ts';

export interface CompositeRun {
  readonly columns: DistrictColumn[];
  /** Weights as used (normalised to sum 1), for display next to the index. */
  readonly pillarWeights: Readonly<Record<string, number>>;
  readonly indicatorWeights: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Index and pillar columns; an unknown measure name is an error naming it. */
export async function compositeColumns(spec: CompositeSpec, columns: readonly DistrictColumn[], compute: Compute, options: TaskOptions = {}): Promise<CompositeRun> {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const pillars = spec.pillars.map((p) => ({
    name: p.name,
    weight: p.weight ?? 1,
    indicators: p.indicators.map((i) => {
      const column = byName.get(i.measure);
      if (!column) throw new Error(`composite "${spec.id}", pillar "${p.name}": no district column named "${i.measure}" (columns: ${[...byName.keys()].join(', ')})`);
      return { name: i.measure, values: column.values, direction: i.direction, weight: i.weight ?? 1 };
    }),
  }));
  const result = await compute.call('compositeIndex', [pillars, spec.normalisation ?? 'min-max'], options);
  const label = spec.label ?? spec.id;
  return {
    columns: [
      { name: spec.id, label, code: { code: 'composite', index: label }, unit: 'index', values: result.index, source: spec.id },
      ...spec.pillars.map((p, k) => ({ name: `${spec.id}.${p.name}`, label: `${label} — ${p.name}`, code: { code: 'pillar', index: label, pillar: p.name } as const, unit: 'index' as const, values: result.pillarScores[k]!, source: spec.id })),
    ],
    pillarWeights: Object.fromEntries(spec.pillars.map((p, k) => [p.name, result.pillarWeights[k]!])),
    indicatorWeights: Object.fromEntries(spec.pillars.map((p, k) => [p.name, Object.fromEntries(p.indicators.map((i, j) => [i.measure, result.indicatorWeights[k]![j]!]))])),
  };
}
