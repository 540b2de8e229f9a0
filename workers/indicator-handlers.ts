// What the indicator worker does: pure functions from src/core, exposed for calls from
// the main thread. The client's types are derived from this object with `typeof`.
import { computeRates, type RateInput } from '../src/core/indicators/rates.ts';
import type { TaskContext } from './protocol.ts';

export const indicatorHandlers = {
  /** Rates (percent), gaps (percentage points) and parity per district from group counts. */
  rates(_ctx: TaskContext, input: RateInput) {
    return computeRates(input);
  },
};

export type IndicatorHandlers = typeof indicatorHandlers;
