// A whole run: the load step (files → tables and typed arrays, cached) then the compute
// step (every figure from what is loaded). `lastmile run` calls this once; the app keeps a
// ProjectRunner so that an edit re-runs only what it changed. Both give the same numbers.
import type { CompositeSpec, Project } from '../core/project/types.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { Db } from '../db/db.ts';
import { compositeColumns } from './composite-columns.ts';
import { computeProject } from './compute-project.ts';
import type { FileSource } from './file-source.ts';
import { inequalityRows } from './inequality-rows.ts';
import type { LoadCache } from './load-cache.ts';
import { loadProject } from './load-project.ts';
import type { ProjectRun } from './project-run.ts';

export type { ProjectRun } from './project-run.ts';

export interface RunOptions extends TaskOptions {
  /** Name of the project file, for messages and the report. */
  readonly projectFile?: string;
  /** What earlier runs loaded into the same `db` (a fresh one loads everything). */
  readonly cache?: LoadCache;
}

/** Everything `lastmile run` writes, computed from `project` and its files: load, then compute. */
export async function runProject(db: Db, project: Project, files: FileSource, compute: Compute, options: RunOptions = {}): Promise<ProjectRun> {
  const loaded = await loadProject(db, project, files, compute, options);
  return computeProject(db, loaded, compute, options);
}

/** The run with its composite index recomputed for new weights (project updated to match). */
export async function withComposite(run: ProjectRun, spec: CompositeSpec, compute: Compute, options: TaskOptions = {}): Promise<ProjectRun> {
  const base = run.columns.filter((c) => c.source !== run.project.composite?.id);
  const composite = await compositeColumns(spec, base, compute, options);
  const columns = [...base, ...composite.columns];
  const inequality = await inequalityRows(columns, run.population, run.regions, compute, options);
  return { ...run, project: { ...run.project, composite: spec }, columns, composite, inequality };
}
