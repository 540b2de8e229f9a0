// "Stop and keep the best plan": a solve the planner stops early still yields the best plan the
// solver had reported (SolveProgress.sites), marked `cancelled`, with the last true bound it
// had proven — whereas Cancel discards everything. A running MIP cannot be interrupted inside
// its worker, so the transport rejects at once and the plan is rebuilt here from the snapshot.
import { evaluatePlan, objectiveOf } from '../core/siting/evaluate.ts';
import { networkTree } from '../core/siting/network-tree.ts';
import { evaluatePhases } from '../core/siting/phases-evaluate.ts';
import { note, planNotes } from '../core/siting/plan-notes.ts';
import type { Plan, SitingInstance, SolveProgress } from '../core/siting/types.ts';
import type { PlanSolver } from './run-plan.ts';

/** `solve`, except that when `stop` aborts it resolves with the best plan reported so far (if any). */
export function stoppable(solve: PlanSolver, stop: AbortSignal): PlanSolver {
  return async (instance, settings, options) => {
    let best: SolveProgress | null = null;
    let bound: number | null = null;
    const inner = new AbortController();
    const abort = () => inner.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    stop.addEventListener('abort', abort, { once: true });
    const started = performance.now();
    try {
      return await solve(instance, settings, {
        signal: inner.signal,
        onProgress: (done, total, label, detail, step) => {
          const p = solveProgress(detail);
          if (p?.sites) best = p;
          if (p?.bound !== null && p?.bound !== undefined) bound = p.bound;
          options.onProgress?.(done, total, label, detail, step);
        },
      });
    } catch (e) {
      const kept = best as SolveProgress | null;
      if (!stop.aborted || options.signal?.aborted || !kept?.sites) throw e;
      return stoppedPlan(instance, kept, bound, (performance.now() - started) / 1000);
    } finally {
      options.signal?.removeEventListener('abort', abort);
      stop.removeEventListener('abort', abort);
    }
  };
}

/** The plan of a stopped solve: its best sites (with their years, and links, when the scenario has them), the objective recomputed and the gap to the last bound. */
export function stoppedPlan(instance: SitingInstance, best: SolveProgress, bound: number | null, seconds: number): Plan {
  const order = Array.from(best.sites ?? [], (_, k) => k).sort((a, b) => best.sites![a]! - best.sites![b]!);
  const sites = Int32Array.from(order, (k) => best.sites![k]!);
  const year = instance.phases && best.year ? Int32Array.from(order, (k) => best.year![k]!) : undefined;
  // A phased plan is worth its weight-years; any other, its objective.
  const objective = year ? evaluatePhases(instance, sites, year).weightYears : objectiveOf(instance, evaluatePlan(instance, sites, null));
  // A bound below what the plan reaches cannot be a bound of this problem: report none.
  const trueBound = bound !== null && bound >= objective ? bound : null;
  const gap = trueBound === null ? null : (trueBound - objective) / Math.max(Math.abs(trueBound), 1e-12);
  return {
    sites,
    assignment: null,
    status: 'cancelled',
    solver: best.phase === 'exact' ? 'exact' : 'heuristic',
    bound: trueBound,
    gap,
    seconds,
    ...planNotes([note('stopped', 'Stopped by the planner before the solver finished: this is the best plan it had found.')]),
    ...(year ? { year } : {}),
    ...(instance.network ? { links: networkTree(instance.network, sites, instance.candidateCost.length).links } : {}),
  };
}

/** The SolveProgress a solver attached to a progress report, if any. */
export function solveProgress(detail: unknown): SolveProgress | null {
  return typeof detail === 'object' && detail !== null && 'phase' in detail ? (detail as SolveProgress) : null;
}
