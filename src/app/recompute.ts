// Recomputes the composite index for new weights in an engine worker, without reloading data.
import type { CompositeSpec } from '../core/project/types.ts';
import { withComposite, type ProjectRun } from '../engine/run-project.ts';
import { spawnEngineWorker } from '../compute/engine-worker.ts';

/** The run with the index recomputed for `spec`; rejects with the engine's message if the spec is unusable. */
export async function recomputeComposite(run: ProjectRun, spec: CompositeSpec): Promise<ProjectRun> {
  const compute = spawnEngineWorker();
  try {
    return await withComposite(run, spec, compute);
  } finally {
    compute.terminate();
  }
}
