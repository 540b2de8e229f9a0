// The view of a run that the app state and the UI keep (see state/run-view.ts).
import { outputFiles } from '../engine/outputs.ts';
import type { ProjectRun } from '../engine/run-project.ts';
import { tileTrends } from '../engine/tile-trends.ts';
import { suppressionRules } from '../engine/district-columns.ts';
import { tileGroupColumns } from '../engine/tile-group-columns.ts';
import type { RunView } from '../state/run-view.ts';

/** What the screen shows of `run`; the export files are made on first request and kept. */
export function runView(run: ProjectRun): RunView {
  let outputs: Record<string, string> | null = null;
  const layerNames = new Set((run.project.tables ?? []).map((t) => t.name));
  const pointNames = new Set((run.project.points ?? []).map((p) => p.name));
  // Grouped tile figures, cut once: the map's period control, the profile and the trend read them.
  const tileGroups = run.tiles.flatMap((t) => tileGroupColumns(t, suppressionRules(run.project.suppression)) ?? []);
  return {
    project: run.project,
    districts: run.opened.districts,
    columns: run.columns,
    indicators: run.indicators.map((r) =>
      r.kind === 'rate'
        ? { kind: 'rate', id: r.id, label: r.label, groups: r.groups.map((g) => ({ group: g.group, numerator: g.numerator, denominator: g.denominator })), gaps: r.gaps.map((g) => ({ a: g.a, b: g.b })) }
        : { kind: 'value', id: r.id, label: r.label },
    ),
    tables: run.opened.tables.filter((t) => layerNames.has(t.table)).map((t) => ({ name: t.table, columns: t.columns })),
    points: run.opened.tables.filter((t) => pointNames.has(t.table)).map((t) => ({ name: t.table, columns: t.columns })),
    pillarShares: run.composite?.pillarWeights ?? null,
    population: run.population,
    report: run.report,
    inequality: run.inequality,
    tileTrends: tileTrends(tileGroups),
    tileGroups,
    outputs: () => (outputs ??= outputFiles(run)),
  };
}
