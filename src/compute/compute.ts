// How the engine runs its heavy computations: one table of handlers (engine-handlers.ts)
// behind two transports — web workers in the browser (engine-worker.ts, pool.ts), a direct
// call in Node (in-process.ts). Either way the engine writes `compute.call('rates', [input])`.
import type { EngineHandlers } from './engine-handlers.ts';
import type { CallArgs } from './protocol.ts';
import type { ProgressStep } from '../core/progress-steps.ts';

export interface TaskOptions {
  readonly signal?: AbortSignal;
  /** `step`: the label as a code and values, for the UI to word (core/progress-steps.ts). */
  readonly onProgress?: (done: number, total: number, label?: string, detail?: unknown, step?: ProgressStep) => void;
}

export interface Compute {
  /** Runs one engine computation. */
  call<M extends keyof EngineHandlers>(method: M, args: CallArgs<EngineHandlers[M]>, options?: TaskOptions): Promise<Awaited<ReturnType<EngineHandlers[M]>>>;
}
