// The files `lastmile run` writes (and the app exports): districts.csv, tiles.<name>.csv,
// inequality.csv and report.json, as text. The column names are a contract (issue #3).
import { asRead, toCsv, type Cell } from '../core/export/csv.ts';
import { protectsTiles, tileWithheld } from '../core/indicators/suppression.ts';
import { thresholdColumn } from './district-columns.ts';
import type { TileLayerRun } from './run-layers.ts';
import type { ProjectRun } from './run-project.ts';

/** File name → contents. */
export type OutputFiles = Record<string, string>;

/** Every output of a run. */
export function outputFiles(run: ProjectRun): OutputFiles {
  const files: OutputFiles = { 'districts.csv': districtsCsv(run), 'inequality.csv': inequalityCsv(run) };
  for (const t of run.tiles) files[`tiles.${t.name}.csv`] = tilesCsv(run, t);
  files['report.json'] = JSON.stringify(run.report, null, 2) + '\n';
  return files;
}

/** One row per district: id, name, then every district column (and a `.suppressed` flag after each protected one). */
export function districtsCsv(run: ProjectRun): string {
  const { ids, names } = run.opened.districts;
  const header = ['district_id', 'district_name'];
  for (const c of run.columns) header.push(c.name, ...(c.suppressed ? [`${c.name}.suppressed`] : []));
  const rows = ids.map((id, d) => {
    const row: Cell[] = [id, names[d]!];
    for (const c of run.columns) row.push(c.asRead ? asRead(c.values[d]!) : c.values[d]!, ...(c.suppressed ? [c.suppressed[d]!] : []));
    return row;
  });
  return toCsv(header, rows);
}

/** Long format: one row per district and `by` group, test-weighted means (Ookla's method). */
export function tilesCsv(run: ProjectRun, t: TileLayerRun): string {
  const a = t.aggregate;
  const s = run.project.suppression ?? {};
  const protect = protectsTiles(s);
  const header = ['district_id', ...t.by, 'tiles', 'tests', 'devices', 'download_mbps', 'upload_mbps', 'latency_ms', thresholdColumn(a.thresholdMbps), ...(protect ? ['suppressed'] : [])];
  const rows: Cell[][] = [];
  run.opened.districts.ids.forEach((id, d) => {
    t.groups.forEach((g, k) => {
      const i = d * a.nGroups + k;
      const withheld = protect && tileWithheld(a.tests[i]!, a.devices[i]!, s);
      const figure = (v: number) => (withheld ? null : v);
      rows.push([
        id, ...g.key, a.tiles[i]!, a.tests[i]!, a.devices[i]!,
        figure(a.downloadMbps[i]!), figure(a.uploadMbps[i]!), figure(a.latencyMs[i]!), figure(a.shareTestsBelowThresholdPct[i]!),
        ...(protect ? [withheld ? 1 : 0] : []),
      ]);
    });
  });
  return toCsv(header, rows);
}

/** One row per district column: Gini, Theil and Palma across districts. */
export function inequalityCsv(run: ProjectRun): string {
  const decomposed = run.inequality.some((r) => r.theil_between !== undefined);
  const header = ['indicator', 'n_districts', 'min', 'max', 'gini', 'theil', 'palma', 'weighting', ...(decomposed ? ['theil_between', 'theil_within'] : [])];
  return toCsv(
    header,
    run.inequality.map((r) => [r.indicator, r.n_districts, r.min, r.max, r.gini, r.theil, r.palma, r.weighting, ...(decomposed ? [r.theil_between, r.theil_within] : [])]),
  );
}
