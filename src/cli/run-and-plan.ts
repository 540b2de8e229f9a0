// What `lastmile bundle` and `lastmile report` both do before they write: run the project and
// plan the chosen scenarios in this process, saying each step on stderr.
import type { Db } from '../db/db.ts';
import { inProcessCompute } from '../compute/in-process.ts';
import type { FileSource } from '../engine/file-source.ts';
import { planScenario, type PlanRun } from '../engine/run-plan.ts';
import type { ProjectRun } from '../engine/project-run.ts';
import { runProject } from '../engine/run-project.ts';
import type { Project, Scenario } from '../core/project/types.ts';

/** The project's run and one plan per scenario, in the scenarios' order. */
export async function runAndPlan(db: Db, project: Project, files: FileSource, name: string, scenarios: readonly Scenario[], say: (line: string) => void): Promise<{ run: ProjectRun; plans: PlanRun[] }> {
  say(`  running ${name}`);
  const run = await runProject(db, project, files, inProcessCompute, { projectFile: name });
  const plans: PlanRun[] = [];
  for (const scenario of scenarios) {
    say(`  planning ${scenario.id}`);
    plans.push(await planScenario(db, run, scenario, inProcessCompute));
  }
  return { run, plans };
}
