// The figures of tile layers grouped `by` columns (quarter, network type) as measures the map,
// legend and table show one group at a time. A measure's key is its tiles.<name>.csv figure
// with the group's index: `tiles.<name>.<metric>@<group>`; "Map shows" lists one group per
// layer and a period control moves between groups, keeping the figure.
import { thinTileFigures } from '../core/indicators/thin.ts';
import type { TileGroupsView } from '../engine/tile-group-columns.ts';
import { measuresOf, type Measure } from './measures.ts';

const GROUPED = /^(tiles\.[^.]+)\.(.+)@(\d+)$/;

/** A grouped tile measure's key taken apart (layer key `tiles.<name>`, metric, group index); null for any other key. */
export function groupedKey(key: string): { readonly layer: string; readonly metric: string; readonly group: number } | null {
  const m = GROUPED.exec(key);
  return m ? { layer: m[1]!, metric: m[2]!, group: Number(m[3]) } : null;
}

/** The same figure of another group of its layer. */
export function withGroup(key: string, group: number): string {
  const g = groupedKey(key);
  return g ? `${g.layer}.${g.metric}@${group}` : key;
}

/**
 * Every group's figures of every grouped tile layer, the last group (the latest period) first,
 * so that a project of grouped tiles alone opens on its latest figures; thin flags from each
 * group's own tile and test counts.
 */
export function tileGroupMeasures(layers: readonly TileGroupsView[]): Measure[] {
  return layers.flatMap((l) =>
    [...l.groups].reverse().flatMap((g) => {
      const byName = new Map(g.columns.map((c) => [groupedKey(c.name)?.metric, c.values]));
      const tiles = byName.get('tiles');
      const tests = byName.get('tests');
      const thin = tiles && tests ? thinTileFigures(tiles, tests) : null;
      return measuresOf(g.columns).map((m) => (thin && m.unit !== 'count' ? { ...m, thin } : m));
    }),
  );
}

/**
 * What "Map shows" lists: every ungrouped measure, and of each grouped layer one group's
 * figures — the shown measure's group for its layer, the last group (the latest period) for others.
 */
export function pickerMeasures(measures: readonly Measure[], shown: Measure | undefined): Measure[] {
  const shownGroup = shown ? groupedKey(shown.key) : null;
  const last = new Map<string, number>();
  for (const m of measures) {
    const g = groupedKey(m.key);
    if (g) last.set(g.layer, Math.max(last.get(g.layer) ?? 0, g.group));
  }
  return measures.filter((m) => {
    const g = groupedKey(m.key);
    if (!g) return true;
    return g.group === (shownGroup?.layer === g.layer ? shownGroup.group : last.get(g.layer));
  });
}
