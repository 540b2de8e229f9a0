// The run lifecycle: one worker pool and one load cache for the life of the session, so an
// edit re-runs only what it changed on workers that already hold the district index. A new
// run cancels the one before it and starts once that one, and any other job on the page's
// DuckDB (a plan, another session), has let go of it (db-turns.ts).
import type { Compute } from '../compute/compute.ts';
import type { Project } from '../core/project/types.ts';
import type { Db } from '../db/db.ts';
import { inTurn } from '../db/db-turns.ts';
import { progressOf, type ProgressStep } from '../core/progress-steps.ts';
import type { FileSource } from '../engine/file-source.ts';
import { LoadCache } from '../engine/load-cache.ts';
import { runProject, type ProjectRun } from '../engine/run-project.ts';
import { prefetched, projectFilePaths } from './prefetch-files.ts';

export type Progress = (done: number, total: number, label: string, step?: ProgressStep) => void;

/** Where the runner gets its database and its workers (the browser's, or Node's in tests). */
export interface RunnerParts {
  readonly db: () => Promise<Db>;
  /** Starts the worker pool; called once, on the first run. */
  readonly spawnPool: () => Compute & { terminate(): void };
}

export interface RunRequest {
  readonly project: Project;
  readonly files: FileSource;
  /** Name of the project file, for messages and the report. */
  readonly projectFile: string;
  readonly onProgress: Progress;
  /** Called at once when this run is cancelled (by the planner or by a newer run). */
  readonly onCancelled?: () => void;
}

/** Runs projects for one session, keeping its pool and what it loaded between runs. */
export class ProjectRunner {
  private workers: (Compute & { terminate(): void }) | null = null;
  private readonly cache = new LoadCache();
  private current: AbortController | null = null;
  private last: Promise<unknown> = Promise.resolve();
  private dbReady = false;

  constructor(private readonly parts: RunnerParts) {}

  /** The run of `request.project`; rejects with the engine's message, or an AbortError when cancelled. */
  async run(request: RunRequest): Promise<ProjectRun> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const { signal } = controller;
    if (request.onCancelled) signal.addEventListener('abort', request.onCancelled, { once: true });
    const previous = this.last;
    const running = (async () => {
      await previous.catch(() => undefined);
      signal.throwIfAborted();
      const [starting, , step] = progressOf('startingDuckdb');
      request.onProgress(0, 1, starting, step);
      // Until DuckDB is up (a first visit), the project's files are fetched while it starts.
      const files = this.dbReady ? request.files : prefetched(request.files, projectFilePaths(request.project), signal);
      const db = await this.parts.db();
      this.dbReady = true;
      return inTurn(db, async () => {
        signal.throwIfAborted();
        const run = await runProject(db, request.project, files, this.pool(), {
          signal,
          cache: this.cache,
          projectFile: request.projectFile,
          onProgress: (done, total, label, _detail, step) => !signal.aborted && request.onProgress(done, total, label ?? '', step),
        });
        signal.throwIfAborted();
        return run;
      });
    })();
    this.last = running;
    try {
      return await running;
    } catch (e) {
      // Whatever a cancelled run rejects with (a fetch, a worker call), it is a cancellation.
      if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
      throw e;
    } finally {
      if (this.current === controller) this.current = null;
    }
  }

  /** The session's engine pool (started on first use, kept for the life of the session). */
  pool(): Compute {
    return (this.workers ??= this.parts.spawnPool());
  }

  /** Cancels the run in progress, if any. */
  cancel(): void {
    this.current?.abort();
  }

  /** Another project opens: what was loaded for the last one is let go (the pool stays). */
  forget(): void {
    this.cache.clear();
  }

  /** Stops the workers (the page is closing). */
  dispose(): void {
    this.cancel();
    this.workers?.terminate();
    this.workers = null;
  }
}
