// The in-process transport (Node: the CLI, tests, benchmarks): the same handlers as the
// engine worker, called directly, honouring progress and abort.
import type { Compute } from './compute.ts';
import { createEngineHandlers } from './engine-handlers.ts';
import { CancelledError, type TaskContext } from './protocol.ts';

/** A Compute running in this thread with its own kept district layers, honouring progress and abort. */
export function inProcess(): Compute {
  const handlers = createEngineHandlers();
  return {
    async call(method, args, options = {}) {
      const ctx: TaskContext = {
        progress: (done, total, label, detail, step) => options.onProgress?.(done, total, label, detail, step),
        checkpoint: async () => {
          if (options.signal?.aborted) throw new CancelledError();
        },
      };
      const handler = handlers[method] as (ctx: TaskContext, ...a: unknown[]) => unknown;
      return (await handler(ctx, ...(args as unknown[]))) as never;
    },
  };
}

/** The shared in-process Compute (the CLI, tests). */
export const inProcessCompute: Compute = inProcess();
