// The siting solve gets a worker of its own: HiGHS runs synchronously inside it, so a cancel
// cannot reach a running MIP. Cancel therefore terminates this worker (the call rejects at
// once) and the next solve starts a fresh one — the engine pool, with its district index, is
// never touched.
import type { Compute } from './compute.ts';

/** A Compute for `solvePlan` calls that terminates its worker whenever a call is cancelled. */
export function cancellableSolver(spawn: () => Compute & { terminate(): void }): Compute & { terminate(): void } {
  let worker: (Compute & { terminate(): void }) | null = null;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  return {
    call(method, args, options = {}) {
      if (options.signal?.aborted) return Promise.reject(new DOMException('cancelled', 'AbortError'));
      const w = (worker ??= spawn());
      const onAbort = () => {
        if (worker === w) stop();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      return w.call(method, args, options).finally(() => options.signal?.removeEventListener('abort', onAbort));
    },
    terminate: stop,
  };
}
