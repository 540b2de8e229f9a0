// The worker side of the protocol: answers calls with the given handlers, sends progress,
// and honours cancellation at each task's checkpoints.
import { CancelledError, serializeError, transferablesOf, type Endpoint, type Handlers, type RequestMessage, type ResponseMessage, type TaskContext } from './protocol.ts';

/** Serves `handlers` on `endpoint` until the worker is terminated. */
export function expose(handlers: Handlers, endpoint: Endpoint): void {
  const cancelled = new Set<number>();
  const post = (m: ResponseMessage, transfer: Transferable[] = []) => endpoint.postMessage(m, transfer);

  endpoint.addEventListener('message', (event) => {
    const msg = event.data as RequestMessage;
    if (msg.kind === 'cancel') {
      cancelled.add(msg.id);
      return;
    }
    const handler = Object.hasOwn(handlers, msg.method) ? handlers[msg.method] : undefined;
    if (!handler) {
      post({ kind: 'error', id: msg.id, error: { name: 'Error', message: `unknown worker method "${msg.method}"` } });
      return;
    }
    const ctx: TaskContext = {
      progress: (done, total, label, detail, step) => post({ kind: 'progress', id: msg.id, done, total, ...(label ? { label } : {}), ...(detail !== undefined ? { detail } : {}), ...(step ? { step } : {}) }),
      checkpoint: async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled.has(msg.id)) throw new CancelledError();
      },
    };
    Promise.resolve()
      .then(() => handler(ctx, ...msg.args))
      .then(
        (value) => post({ kind: 'result', id: msg.id, value }, transferablesOf(value)),
        (error: unknown) => post({ kind: 'error', id: msg.id, error: serializeError(error) }),
      )
      .finally(() => cancelled.delete(msg.id));
  });
}
