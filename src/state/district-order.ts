// The table's row order: district indices sorted by name or by a measure, with missing
// values always last and ties broken by name so the order is stable.
import type { Measure } from './measures.ts';

/** District indices in display order. */
export function districtOrder(names: readonly string[], measure: Measure | undefined, descending: boolean): number[] {
  const idx = names.map((_, i) => i);
  const byName = (a: number, b: number) => names[a]!.localeCompare(names[b]!, 'en');
  if (!measure) return idx.sort((a, b) => (descending ? -byName(a, b) : byName(a, b)));
  const v = measure.values;
  return idx.sort((a, b) => {
    const va = v[a]!;
    const vb = v[b]!;
    const ma = Number.isFinite(va);
    const mb = Number.isFinite(vb);
    if (ma !== mb) return ma ? -1 : 1;
    if (ma && va !== vb) return descending ? vb - va : va - vb;
    return byName(a, b);
  });
}
