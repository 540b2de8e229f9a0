// The project checks the app makes before running anything: the same as `lastmile check`.
import type { Project } from '../core/project/types.ts';
import { formatProjectErrors, validateProject } from '../core/project/validate.ts';

/** The validated project, or an Error listing every problem (as `lastmile check` would). */
export function checkedProject(json: unknown, file: string): Project {
  const checked = validateProject(json, file);
  if (!checked.ok) throw new Error(formatProjectErrors(checked.errors));
  return checked.project;
}
