// Opens a project in the browser: DuckDB (shared), the indicator worker, progress and
// cancellation. The UI dispatches what this reports; it never runs SQL itself.
import type { Project } from '../core/project/types.ts';
import { browserDb } from '../db/browser-db.ts';
import type { FileSource } from '../engine/file-source.ts';
import { openProject } from '../engine/open-project.ts';
import { runIndicators } from '../engine/run-indicators.ts';
import type { Action } from '../state/app-state.ts';
import { spawnIndicatorWorker } from '../workers-client/indicator-worker.ts';

/** Loads and computes `project`, dispatching progress and the outcome; abort to cancel. */
export async function runProjectInBrowser(project: Project, files: FileSource, dispatch: (a: Action) => void, signal: AbortSignal): Promise<void> {
  const compute = spawnIndicatorWorker();
  const onProgress = (done: number, total: number, label?: string) => dispatch({ type: 'progress', progress: { done, total, label: label ?? '' } });
  try {
    dispatch({ type: 'progress', progress: { done: 0, total: 1, label: 'starting DuckDB' } });
    const db = await browserDb();
    const opened = await openProject(db, project, files, { signal, onProgress: (d, t, l) => onProgress(d, t, `reading ${l}`) });
    const results = await runIndicators(db, project, compute, { signal, onProgress: (d, t, l) => onProgress(d, t, `computing ${l ?? ''}`) });
    dispatch({ type: 'loaded', project, districts: opened.districts, results, reports: opened.reports });
  } catch (e) {
    if (signal.aborted) dispatch({ type: 'cancelled' });
    else dispatch({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  } finally {
    compute.terminate();
  }
}
