// The main-thread side of the worker protocol: typed calls, progress callbacks,
// cancellation by AbortSignal, and termination that rejects every pending call (so no
// promise is ever left hanging when a planner presses Cancel).
import {
  CancelledError,
  type CallArgs,
  type Endpoint,
  type Handlers,
  type RequestMessage,
  type ResponseMessage,
} from './protocol.ts';
import type { ProgressStep } from '../core/progress-steps.ts';

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, label?: string, detail?: unknown, step?: ProgressStep) => void;
  /** Buffers to move to the worker instead of copying (they become unusable here). */
  readonly transfer?: Transferable[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: CallOptions['onProgress'];
}

/** A typed proxy for a worker serving handlers of type H. */
export class WorkerClient<H extends Handlers> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly onTerminate: () => void = () => {},
  ) {
    endpoint.addEventListener('message', (event) => this.receive(event.data as ResponseMessage));
  }

  /** Calls `method` in the worker; rejects with CancelledError if `signal` aborts first. */
  call<M extends keyof H & string>(method: M, args: CallArgs<H[M]>, options: CallOptions = {}): Promise<Awaited<ReturnType<H[M]>>> {
    if (this.closed) return Promise.reject(new CancelledError('the worker has been terminated'));
    if (options.signal?.aborted) return Promise.reject(new CancelledError());
    const id = this.nextId++;
    return new Promise<Awaited<ReturnType<H[M]>>>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        this.send({ kind: 'cancel', id });
        reject(new CancelledError());
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (v) => {
          options.signal?.removeEventListener('abort', onAbort);
          resolve(v as Awaited<ReturnType<H[M]>>);
        },
        reject: (e) => {
          options.signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      this.send({ kind: 'call', id, method, args }, options.transfer);
    });
  }

  /** Stops the worker; every pending call rejects with CancelledError. */
  terminate(): void {
    if (this.closed) return;
    this.closed = true;
    this.onTerminate();
    for (const p of this.pending.values()) p.reject(new CancelledError('the worker has been terminated'));
    this.pending.clear();
  }

  private send(message: RequestMessage, transfer: Transferable[] = []): void {
    this.endpoint.postMessage(message, transfer);
  }

  private receive(msg: ResponseMessage): void {
    const p = this.pending.get(msg.id);
    if (!p) return; // a reply to a call already cancelled
    if (msg.kind === 'progress') {
      p.onProgress?.(msg.done, msg.total, msg.label, msg.detail, msg.step);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.kind === 'result') p.resolve(msg.value);
    else p.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name }));
  }
}
