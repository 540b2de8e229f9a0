// The app's side of plan bundles (`.lastmile.zip`): making one of the open study — the project
// as it is now, its files as the engine reads them, the run's outputs and every plan that is
// still the plan of its scenario — and opening one: its data files stored with a new project,
// so it runs like a project the planner built here.
import type { Project } from '../core/project/types.ts';
import { openBundle } from '../engine/bundle-open.ts';
import { INPUTS, makeBundle } from '../engine/bundle.ts';
import type { TableConverter } from '../engine/bundle-parquet.ts';
import type { FileSource } from '../engine/file-source.ts';
import type { PlanRun } from '../engine/run-plan.ts';
import type { ProjectRun } from '../engine/run-project.ts';
import { studyOutputs } from '../engine/study-outputs.ts';

/** The plans whose scenario is still, unedited, in `project` (a stale plan would not re-run to its own files). */
export function currentPlans(project: Project, plans: readonly PlanRun[]): PlanRun[] {
  return plans.filter((p) => JSON.stringify(project.scenarios?.find((s) => s.id === p.scenario.id)) === JSON.stringify(p.scenario));
}

/** The bundle's bytes, with the outputs of `run` and of the current plans; large tables as Parquet given `convert`. */
export function studyBundle(project: Project, run: ProjectRun, plans: readonly PlanRun[], files: FileSource, convert?: TableConverter): Promise<Uint8Array> {
  return makeBundle(project, files, studyOutputs(run, currentPlans(project, plans)), convert ? { convert } : {});
}

/** Where an opened bundle's files go: each data file by the name a project refers to it by. */
export interface BundleTarget {
  putFile(name: string, data: Blob): Promise<void>;
}

/** Opens the bundle `file`, stores its data files in `target` and returns its project (throws an Error a planner can read). */
export async function storeBundle(file: Blob & { readonly name: string }, target: BundleTarget): Promise<Project> {
  const bundle = await openBundle(new Uint8Array(await file.arrayBuffer()), file.name);
  for (const [path, data] of bundle.entries) {
    // The workspace keeps a file under its base name; bundle inputs have distinct ones (bundle-paths.ts).
    if (path.startsWith(INPUTS)) await target.putFile(path.slice(INPUTS.length), new Blob([data as Uint8Array<ArrayBuffer>]));
  }
  return bundle.project;
}
