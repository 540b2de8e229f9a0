// HiGHS (WebAssembly, via highs-js) as the siting code's LpSolver. Loaded lazily, once per
// thread, through one shared promise. In Node the loader finds highs.wasm beside its own
// file; in the browser the worker entry passes the URL Vite gave the wasm (same origin, no
// CDN) with `configureHighs`. Solves are synchronous: a worker running one cannot see a
// cancel, so the main thread terminates that worker instead.
import type { Highs, HighsCallbackMap, Model } from 'highs';
import type { LpResult, LpSolveOptions, LpSolver, LpStatus } from '../core/siting/lp-solver.ts';

let wasmUrl: string | null = null;
let loading: Promise<Highs> | null = null;

/** Where the browser finds highs.wasm (a URL on this origin); call before the first solve. */
export function configureHighs(url: string): void {
  wasmUrl = url;
}

/** The HiGHS module, loaded on first use; a failed load is forgotten so the next call retries. */
export function loadHighsOnce(): Promise<Highs> {
  // Dynamic import: the 170 kB loader and 3.5 MB wasm are fetched only when a plan is solved.
  loading ??= import('highs')
    .then(({ default: loadHighs }) => loadHighs(wasmUrl === null ? {} : { locateFile: () => wasmUrl! }))
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}

// Tighter than HiGHS's defaults (1e-7 rows, 1e-6 integrality): every row is scaled to shares
// near 1, and a plan is re-checked in exact arithmetic afterwards (checkPlan), which must not
// find a floor or budget broken by solver slack.
const TOLERANCE = 1e-9;

const STATUS: Record<number, LpStatus> = { 7: 'optimal', 8: 'infeasible', 9: 'infeasible', 10: 'unbounded', 13: 'time-limit', 17: 'time-limit' };

// Column names are read before the run: HiGHS forbids model calls inside a callback
// (HighsReentrancyError), and the improving-solution callback needs them.
function columnNames(model: Model): string[] {
  const n = model.getLp().numCols;
  return Array.from({ length: n }, (_, i) => model.getColName(i));
}

function valuesByName(names: readonly string[], colValue: Float64Array): Record<string, number> {
  const values: Record<string, number> = {};
  for (let i = 0; i < colValue.length && i < names.length; i++) values[names[i]!] = colValue[i]!;
  return values;
}

/** Solves one model; the native instance is always disposed (undisposed models leak wasm memory). */
function solveWith(highs: Highs, text: string, options: LpSolveOptions): LpResult {
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, options.timeLimitS),
      primal_feasibility_tolerance: TOLERANCE,
      mip_feasibility_tolerance: TOLERANCE,
      ...(options.mipRelGap !== undefined ? { mip_rel_gap: options.mipRelGap } : {}),
    });
    if (options.start) {
      const indices: number[] = [];
      const vals: number[] = [];
      for (const [name, v] of Object.entries(options.start)) {
        indices.push(model.getColByName(name));
        vals.push(v);
      }
      // HiGHS completes a partial start by solving the LP with these integers fixed.
      if (indices.length > 0) model.setSolution({ indices, values: vals });
    }
    const names = columnNames(model);
    const callbacks: HighsCallbackMap = options.onImprove
      ? {
          [highs.constants.callbackType.mipImprovingSolution]: (event) => {
            const sol = event.data.mip_solution;
            if (sol && event.data.objective_function_value !== undefined) options.onImprove!(event.data.objective_function_value, valuesByName(names, sol));
          },
        }
      : {};
    model.run(callbacks);
    const status = STATUS[model.getModelStatus()] ?? 'error';
    const solution = model.getSolution();
    // primal_solution_status 2 = feasible (HiGHS kSolutionStatusFeasible).
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    const mip = text.includes('\nBinary\n');
    const bound = mip ? Number(model.info.get('mip_dual_bound')) : status === 'optimal' ? model.getObjectiveValue() : NaN;
    return {
      status,
      objective: hasSolution ? model.getObjectiveValue() : null,
      values: hasSolution ? valuesByName(names, solution.colValue) : null,
      bound: Number.isFinite(bound) ? bound : null,
      tolerance: TOLERANCE,
    };
  } finally {
    model.dispose();
  }
}

/** HiGHS as an LpSolver; after a wasm trap the module is reloaded before the next solve. */
export async function highsSolver(): Promise<LpSolver> {
  await loadHighsOnce();
  return {
    async solve(text, options) {
      const highs = await loadHighsOnce();
      try {
        return solveWith(highs, text, options);
      } catch (e) {
        // A trap (RuntimeError: unreachable / out of bounds) leaves the wasm stack pointer and
        // heap as they were, so later calls on that instance fail too: drop it and reload.
        if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) loading = null;
        throw e;
      }
    },
  };
}
