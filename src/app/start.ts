// Opens a project in the browser: DuckDB (shared), the engine worker, progress and
// cancellation. The UI dispatches what this reports; it never runs SQL itself.
import { formatProjectErrors, validateProject } from '../core/project/validate.ts';
import { browserDb } from '../db/browser-db.ts';
import type { FileSource } from '../engine/file-source.ts';
import { runProject } from '../engine/run-project.ts';
import type { Action } from '../state/app-state.ts';
import { spawnEnginePool } from '../workers-client/engine-worker.ts';

/** Loads and computes `project` with the same engine as `lastmile run`; abort to cancel. */
export async function runProjectInBrowser(projectJson: unknown, projectFile: string, files: FileSource, dispatch: (a: Action) => void, signal: AbortSignal): Promise<void> {
  const compute = spawnEnginePool();
  // Cancel takes effect at once: the workers stop, and whatever is still in flight is ignored.
  signal.addEventListener('abort', () => {
    compute.terminate();
    dispatch({ type: 'cancelled' });
  }, { once: true });
  try {
    // The same checks as `lastmile run`: a project the CLI would refuse is refused here too.
    const checked = validateProject(projectJson, projectFile);
    if (!checked.ok) throw new Error(formatProjectErrors(checked.errors));
    const project = checked.project;
    dispatch({ type: 'progress', progress: { done: 0, total: 1, label: 'starting DuckDB' } });
    const db = await browserDb();
    const run = await runProject(db, project, files, compute, {
      signal,
      projectFile,
      onProgress: (done, total, label) => !signal.aborted && dispatch({ type: 'progress', progress: { done, total, label: label ?? '' } }),
    });
    if (!signal.aborted) dispatch({ type: 'loaded', run });
  } catch (e) {
    if (!signal.aborted) dispatch({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  } finally {
    compute.terminate();
  }
}
