// The siting solve as a worker task: the pure solvePlan with HiGHS injected as its LP solver
// and the task context's progress and checkpoint as its hooks. HiGHS runs synchronously, so a
// cancel cannot reach a running MIP: the main thread terminates the worker, keeping the best
// plan already sent as progress detail (SolveProgress.sites).
import { solvePlan, type SolveOptions } from '../core/siting/solve.ts';
import type { LpSolver } from '../core/siting/lp-solver.ts';
import type { Plan, SitingInstance, SolveProgress } from '../core/siting/types.ts';
import type { TaskContext } from '../../workers/protocol.ts';
import { highsSolver } from './highs.ts';

const PHASES: readonly SolveProgress['phase'][] = ['presolve', 'greedy', 'repair', 'swap', 'bound', 'exact', 'done'];

async function lpSolver(options: SolveOptions): Promise<LpSolver | null> {
  // The heuristic alone still reports a bound when HiGHS loads; without HiGHS it simply has none.
  return options.solver === 'heuristic' ? highsSolver().catch(() => null) : highsSolver();
}

export const sitingHandlers = {
  /** The best siting plan within options.timeLimitS seconds; progress detail is a SolveProgress. */
  async solvePlan(ctx: TaskContext, instance: SitingInstance, options: SolveOptions): Promise<Plan> {
    const lp = await lpSolver(options);
    return solvePlan(instance, options, lp, {
      progress: (p) => ctx.progress(PHASES.indexOf(p.phase), PHASES.length - 1, p.phase, p),
      checkpoint: () => ctx.checkpoint(),
    });
  },
};
