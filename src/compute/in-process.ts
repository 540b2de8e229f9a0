// The in-process transport (Node: the CLI, tests, benchmarks): the same handlers as the
// engine worker, called directly, honouring progress and abort.
import type { Compute } from './compute.ts';
import { engineHandlers } from './engine-handlers.ts';
import { CancelledError, type TaskContext } from './protocol.ts';

/** Runs the computations in this thread, honouring progress and abort. */
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
