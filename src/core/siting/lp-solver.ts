// The LP/MIP solver the siting code is given (STYLE.md: core knows no solver). The app and
// the CLI inject HiGHS (src/compute/highs.ts); tests may inject a stub.

/** How a solve ended: proven optimal, proven infeasible, stopped by the time limit, or anything else. */
export type LpStatus = 'optimal' | 'infeasible' | 'time-limit' | 'unbounded' | 'error';

export interface LpSolveOptions {
  /** Wall-clock limit in seconds. */
  readonly timeLimitS: number;
  /** Relative gap (0..1) at which a MIP may stop as optimal; the solver's default when absent. */
  readonly mipRelGap?: number;
  /** Values of some integer variables (a known feasible plan) to start from; the solver completes the rest. */
  readonly start?: Readonly<Record<string, number>>;
  /** Called (synchronously, during the solve) with each better MIP solution found: objective in solver units, values by name. */
  readonly onImprove?: (objective: number, values: Readonly<Record<string, number>>) => void;
}

export interface LpResult {
  readonly status: LpStatus;
  /** Objective of the best solution found (solver units), or null when none. */
  readonly objective: number | null;
  /** Variable values of that solution by name, or null when none. */
  readonly values: Readonly<Record<string, number>> | null;
  /** Proven bound on the optimum (for a maximisation, ≥ every feasible objective), or null when unknown. */
  readonly bound: number | null;
  /** The solver's tolerance on rows and bounds, to pad a bound with. */
  readonly tolerance: number;
}

export interface LpSolver {
  /** Solves a model given as CPLEX LP text. */
  solve(modelText: string, options: LpSolveOptions): LpResult | Promise<LpResult>;
}
