// The siting solve as a worker task: the pure solvePlan with HiGHS injected as its LP solver
// and the task context's progress and checkpoint as its hooks. HiGHS runs synchronously, so a
// cancel cannot reach a running MIP: the main thread terminates the worker, keeping the best
// plan already sent as progress detail (SolveProgress.sites).
import { solvePlan, type SolveOptions } from '../core/siting/solve.ts';
import type { LpSolver } from '../core/siting/lp-solver.ts';
import type { Plan, SitingInstance, SolveProgress } from '../core/siting/types.ts';
import type { TaskContext } from './protocol.ts';
import { highsSolver } from './highs.ts';

const PHASES: readonly SolveProgress['phase'][] = ['presolve', 'greedy', 'repair', 'swap', 'bound', 'exact', 'done'];

// Without HiGHS (the wasm failed to load) every choice degrades to the heuristic, and the
// plan's messages say the exact solver was not available; it never fails the solve.
async function lpSolver(): Promise<LpSolver | null> {
  return highsSolver().catch(() => null);
}

export const sitingHandlers = {
  /** The best siting plan within options.timeLimitS seconds; progress detail is a SolveProgress. */
  async solvePlan(ctx: TaskContext, instance: SitingInstance, options: SolveOptions): Promise<Plan> {
    const lp = await lpSolver();
    return solvePlan(instance, options, lp, {
      progress: (p) => ctx.progress(PHASES.indexOf(p.phase), PHASES.length - 1, p.phase, p, { code: p.phase, values: {} }),
      checkpoint: () => ctx.checkpoint(),
    });
  },
};
