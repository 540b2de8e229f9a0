// Everything a study's run and plans write, by file name: what a plan bundle carries under
// outputs/ and what `lastmile run` plus `lastmile plan` write to a folder.
import { outputFiles, type OutputFiles } from './outputs.ts';
import { planFiles } from './plan-outputs.ts';
import type { PlanRun } from './run-plan.ts';
import type { ProjectRun } from './run-project.ts';

/** districts.csv, tiles.<name>.csv, inequality.csv, report.json, then plan.<id>.csv/.json of each plan. */
export function studyOutputs(run: ProjectRun, plans: readonly PlanRun[]): OutputFiles {
  const files: OutputFiles = { ...outputFiles(run) };
  for (const plan of plans) Object.assign(files, planFiles(plan));
  return files;
}
