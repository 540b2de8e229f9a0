// How the engine runs its heavy computations: one table of handlers (workers/engine-
// handlers.ts) behind two transports — a web worker in the browser, a direct call in Node.
// Either way the engine writes `compute.call('rates', [input], options)`.
import { engineHandlers, type EngineHandlers } from '../../workers/engine-handlers.ts';
import { CancelledError, type CallArgs, type TaskContext } from '../../workers/protocol.ts';

export interface TaskOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, label?: string, detail?: unknown) => void;
}

export interface Compute {
  /** Runs one engine computation. */
  call<M extends keyof EngineHandlers>(method: M, args: CallArgs<EngineHandlers[M]>, options?: TaskOptions): Promise<Awaited<ReturnType<EngineHandlers[M]>>>;
}

/** Runs the computations in this thread (Node: CLI, tests), honouring progress and abort. */
export const inProcessCompute: Compute = {
  async call(method, args, options = {}) {
    const ctx: TaskContext = {
      progress: (done, total, label, detail) => options.onProgress?.(done, total, label, detail),
      checkpoint: async () => {
        if (options.signal?.aborted) throw new CancelledError();
      },
    };
    const handler = engineHandlers[method] as (ctx: TaskContext, ...a: unknown[]) => unknown;
    return (await handler(ctx, ...(args as unknown[]))) as never;
  },
};
