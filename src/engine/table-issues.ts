// What a planner's tables are checked for once loaded, derived from what the project does
// with them: counts that are negative, a part larger than its whole (internet users above
// the population, women above everyone), values that are not numbers, repeated ids.
import { findTable } from '../core/project/tables.ts';
import { isRateIndicator, type Project } from '../core/project/types.ts';
import type { Db } from '../db/db.ts';
import { checkTable, type TableChecks } from '../db/table-checks.ts';
import type { TableLoad } from '../db/load-table.ts';
import type { Issue } from '../core/report.ts';
import { baseName } from './file-source.ts';

/** The checks each table, point and tile layer gets, by layer name. */
export function projectTableChecks(project: Project): Map<string, TableChecks> {
  const checks = new Map<string, { where?: TableChecks['where']; unique: Set<string>; numeric: Set<string>; counts: Set<string>; parts: [string, string][] }>();
  const of = (name: string, where: TableChecks['where'] | undefined) => {
    if (!checks.has(name)) checks.set(name, { ...(where ? { where } : {}), unique: new Set(), numeric: new Set(), counts: new Set(), parts: [] });
    return checks.get(name)!;
  };
  for (const t of project.tables ?? []) of(t.name, t.where).unique.add(t.district);
  for (const p of project.points ?? []) {
    const c = of(p.name, p.where);
    if (p.id) c.unique.add(p.id);
    c.numeric.add(p.lon).add(p.lat);
    if (p.value) {
      c.numeric.add(p.value);
      c.counts.add(p.value);
    }
  }
  for (const t of project.tiles ?? []) {
    const c = of(t.name, t.where);
    for (const col of Object.values(t.columns)) if (col !== t.columns.quadkey) c.numeric.add(col);
    c.counts.add(t.columns.tests).add(t.columns.devices);
  }
  for (const ind of project.indicators ?? []) {
    const table = findTable(project, ind.table);
    const c = of(ind.table, table?.where);
    if (!isRateIndicator(ind)) {
      c.numeric.add(ind.value);
      continue;
    }
    const total = ind.rate.total;
    for (const [group, [num, den]] of Object.entries(ind.rate)) {
      c.numeric.add(num).add(den);
      c.counts.add(num).add(den);
      c.parts.push([num, den]);
      // A subgroup (women, rural…) cannot exceed everyone.
      if (total && group !== 'total') c.parts.push([num, total[0]], [den, total[1]]);
    }
  }
  return new Map([...checks].map(([name, c]) => [name, { ...(c.where ? { where: c.where } : {}), unique: [...c.unique], numeric: [...c.numeric], counts: [...c.counts], parts: dedupe(c.parts) }]));
}

/** Runs one layer's checks on its table; issues name the file (`path` as in the project); `lines` as the load kept them (TableLoad.lines). */
export function checkLayerTable(db: Db, name: string, path: string, checks: TableChecks, lines?: TableLoad['lines']): Promise<Issue[]> {
  return checkTable(db, name, baseName(path), checks, lines);
}

function dedupe(pairs: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  return pairs.filter(([a, b]) => a !== b && !seen.has(`${a}\u0000${b}`) && seen.add(`${a}\u0000${b}`));
}
