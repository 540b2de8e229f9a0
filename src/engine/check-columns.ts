// After loading, every column the project names must exist in its file; otherwise the
// planner gets the file, the column and the columns that do exist (with a suggestion).
import { closest } from '../core/project/suggest.ts';
import { isRateIndicator, type Project } from '../core/project/types.ts';
import type { TableLoad } from '../db/load-table.ts';
import { InputError } from '../core/report.ts';
import { baseName } from './file-source.ts';

/** Columns each loaded table must have, by table name, with the project key that names each. */
export function requiredColumns(project: Project): Map<string, Map<string, string>> {
  const need = new Map<string, Map<string, string>>();
  const add = (table: string, column: string, key: string) => {
    if (!need.has(table)) need.set(table, new Map());
    if (!need.get(table)!.has(column)) need.get(table)!.set(column, key);
  };
  const where = (table: string, w: object | undefined, key: string) => Object.keys(w ?? {}).forEach((c) => add(table, c, `${key}.where`));
  (project.tables ?? []).forEach((t, i) => {
    add(t.name, t.district, `tables[${i}].district`);
    where(t.name, t.where, `tables[${i}]`);
  });
  (project.points ?? []).forEach((p, i) => {
    for (const k of ['lon', 'lat'] as const) add(p.name, p[k], `points[${i}].${k}`);
    if (p.id) add(p.name, p.id, `points[${i}].id`);
    if (p.value) add(p.name, p.value, `points[${i}].value`);
    where(p.name, p.where, `points[${i}]`);
  });
  (project.tiles ?? []).forEach((t, i) => {
    for (const [k, c] of Object.entries(t.columns)) add(t.name, c, `tiles[${i}].columns.${k}`);
    (t.by ?? []).forEach((b, j) => add(t.name, b, `tiles[${i}].by[${j}]`));
    where(t.name, t.where, `tiles[${i}]`);
  });
  (project.indicators ?? []).forEach((ind, i) => {
    if (isRateIndicator(ind)) {
      Object.entries(ind.rate).forEach(([g, [num, den]]) => [num, den].forEach((c) => add(ind.table, c, `indicators[${i}].rate.${g}`)));
      Object.entries(ind.moe ?? {}).forEach(([g, [num, den]]) => [num, den].forEach((c) => add(ind.table, c, `indicators[${i}].moe.${g}`)));
    } else add(ind.table, ind.value, `indicators[${i}].value`);
  });
  if (project.population) add(project.population.table, project.population.column, 'population.column');
  if (project.regions) add(project.regions.table, project.regions.column, 'regions.column');
  return need;
}

/** Throws InputError for the first column the project names that its file lacks. */
export function checkColumns(project: Project, loads: readonly TableLoad[]): void {
  const files = new Map([...(project.tables ?? []), ...(project.points ?? []), ...(project.tiles ?? [])].map((l) => [l.name, baseName(l.file)]));
  for (const [table, columns] of requiredColumns(project)) {
    const load = loads.find((l) => l.table === table);
    if (!load) continue;
    for (const [column, key] of columns) {
      if (load.columns.includes(column)) continue;
      const hint = closest(column, load.columns);
      throw new InputError({
        file: files.get(table) ?? table,
        column,
        reason: `no such column (named by ${key})${hint ? `; did you mean "${hint}"?` : ''} — the file has: ${load.columns.join(', ')}`,
      });
    }
  }
}
