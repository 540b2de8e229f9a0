// Finding a project's table by name: one rule (and one message) for indicators, the
// population weight, regions and the checks.
import type { DistrictTable, Project } from './types.ts';

/** The table called `name`, if the project has one. */
export function findTable(project: Project, name: string): DistrictTable | undefined {
  return project.tables?.find((t) => t.name === name);
}

/** The table called `name`; throws naming `context` (e.g. `indicator "x"`) when there is none. */
export function tableNamed(project: Project, name: string, context?: string): DistrictTable {
  const table = findTable(project, name);
  if (!table) throw new Error(`${context ? `${context}: ` : ''}no table named "${name}"`);
  return table;
}
