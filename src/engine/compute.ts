// The engine's computations that run off the main thread in the browser. The browser
// passes a client for its web worker; Node (CLI, tests) runs the same functions in-process.
import { computeRates, type RateInput, type RateResult } from '../core/indicators/rates.ts';

export interface TaskOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, label?: string) => void;
}

export interface Compute {
  /** Rates, gaps and parity per district from group counts. */
  rates(input: RateInput, options?: TaskOptions): Promise<RateResult>;
}

/** Runs the computations directly in this thread (Node, tests). */
export const inProcessCompute: Compute = {
  async rates(input) {
    return computeRates(input);
  },
};
