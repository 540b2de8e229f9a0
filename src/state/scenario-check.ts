// What is wrong with a scenario being edited, in the project format's own words: the scenario is
// put into its project and the project validated, so the editor says exactly what
// `lastmile plan` would say of the same file.

import type { Project, Scenario } from '../core/project/types.ts';
import { validateProject } from '../core/project/validate.ts';

/** `project` with `scenario` in place of the scenario with the same id, or appended. */
export function withScenario(project: Project, scenario: Scenario, replacing = scenario.id): Project {
  const list = project.scenarios ?? [];
  const i = list.findIndex((s) => s.id === replacing);
  return { ...project, scenarios: i >= 0 ? list.map((s, k) => (k === i ? scenario : s)) : [...list, scenario] };
}

/** Problems of `scenario` within `project`, one sentence each ("budget: must be ≥ 0"); empty when it can run. */
export function scenarioProblems(project: Project, scenario: Scenario, replacing = scenario.id): string[] {
  const p = withScenario(project, scenario, replacing);
  const index = (p.scenarios ?? []).indexOf(scenario);
  const result = validateProject(p);
  if (result.ok) return [];
  const prefix = `scenarios[${index}]`;
  return result.errors.flatMap((e) => {
    if (e.path !== prefix && !e.path.startsWith(`${prefix}.`) && !e.path.startsWith(`${prefix}[`)) return [];
    const key = e.path.slice(prefix.length).replace(/^\./, '');
    return [key ? `${key}: ${e.message}` : e.message];
  });
}
