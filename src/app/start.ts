// Runs a project in the browser: DuckDB (shared), a pool of engine workers, progress and
// cancellation. The same checks and the same engine as `lastmile run`.
import type { Project } from '../core/project/types.ts';
import { formatProjectErrors, validateProject } from '../core/project/validate.ts';
import { browserDb } from '../db/browser-db.ts';
import type { FileSource } from '../engine/file-source.ts';
import { runProject, type ProjectRun } from '../engine/run-project.ts';
import { spawnEnginePool } from '../compute/engine-worker.ts';

export type Progress = (done: number, total: number, label: string) => void;

/** The validated project, or an Error listing every problem (as `lastmile check` would). */
export function checkedProject(json: unknown, file: string): Project {
  const checked = validateProject(json, file);
  if (!checked.ok) throw new Error(formatProjectErrors(checked.errors));
  return checked.project;
}

/** Runs `project`; rejects with the engine's message, or with an AbortError when cancelled. */
export async function runInBrowser(project: Project, projectFile: string, files: FileSource, signal: AbortSignal, onProgress: Progress): Promise<ProjectRun> {
  const compute = spawnEnginePool();
  const stop = () => compute.terminate();
  signal.addEventListener('abort', stop, { once: true });
  try {
    onProgress(0, 1, 'starting DuckDB');
    const db = await browserDb();
    const run = await runProject(db, project, files, compute, {
      signal,
      projectFile,
      onProgress: (done, total, label) => !signal.aborted && onProgress(done, total, label ?? ''),
    });
    signal.throwIfAborted();
    return run;
  } finally {
    signal.removeEventListener('abort', stop);
    compute.terminate();
  }
}
