// The plan lifecycle: solves a scenario of the project that has run, on the session's engine
// pool (locating points) and a solver worker of its own (the solve). One plan at a time: a new
// plan cancels the one before it. Cancel discards the running plan; Stop keeps the best plan
// the solver had found.
import type { Compute } from '../compute/compute.ts';
import type { ProgressStep } from '../core/progress-steps.ts';
import type { Scenario } from '../core/project/types.ts';
import type { SolveProgress } from '../core/siting/types.ts';
import type { Db } from '../db/db.ts';
import type { PlanContext } from '../engine/plan-read.ts';
import { planScenario, solveProgress, type PlanRun } from '../engine/run-plan.ts';

export interface PlanRunnerParts {
  readonly db: () => Promise<Db>;
  /** The session's engine pool (kept for the life of the project). */
  readonly pool: () => Compute;
  /** The solver's transport; cancelling a call must stop it at once. */
  readonly solver: Compute & { terminate(): void };
}

export type PlanProgress = (label: string, progress: SolveProgress | null, step?: ProgressStep) => void;

/** Runs one plan at a time for the session. */
export class PlanRunner {
  private current: { readonly cancel: AbortController; readonly stop: AbortController } | null = null;

  constructor(private readonly parts: PlanRunnerParts) {}

  /** The plan of `scenario`; rejects with an AbortError when cancelled (not when stopped with a plan to keep). */
  async plan(context: PlanContext, scenario: Scenario, onProgress: PlanProgress): Promise<PlanRun> {
    this.cancel();
    const run = { cancel: new AbortController(), stop: new AbortController() };
    this.current = run;
    const { pool, solver } = this.parts;
    // Locating goes to the pool, the solve to its own worker.
    const compute: Compute = { call: (method, args, options) => (method === 'solvePlan' ? solver : pool()).call(method, args, options) };
    try {
      const db = await this.parts.db();
      return await planScenario(db, context, scenario, compute, {
        signal: run.cancel.signal,
        stop: run.stop.signal,
        onProgress: (_done, _total, label, detail, step) => !run.cancel.signal.aborted && onProgress(label ?? '', solveProgress(detail), step),
      });
    } catch (e) {
      if (run.cancel.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      throw e;
    } finally {
      if (this.current === run) this.current = null;
    }
  }

  /** Drops the running plan, if any. */
  cancel(): void {
    this.current?.cancel.abort();
  }

  /** Ends the running solve now, keeping the best plan it has found. */
  stop(): void {
    this.current?.stop.abort();
  }

  /** Stops the solver worker (the page is closing). */
  dispose(): void {
    this.cancel();
    this.parts.solver.terminate();
  }
}
