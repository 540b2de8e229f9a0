// The typed message protocol at every worker boundary (after duckdb-wasm's parallel/
// protocol): each call carries an id; replies are a result, an error as a plain
// {name, message, stack} object, or unsolicited progress; cancel asks a task to stop at
// its next checkpoint. Both ends only need `postMessage` and a message listener, so the
// same code runs over a Web Worker, a worker's `self`, or a Node MessagePort in tests.

import type { ProgressStep } from '../core/progress-steps.ts';

export type CallMessage = { readonly kind: 'call'; readonly id: number; readonly method: string; readonly args: readonly unknown[] };
export type CancelMessage = { readonly kind: 'cancel'; readonly id: number };
export type RequestMessage = CallMessage | CancelMessage;

export type SerializedError = { readonly name: string; readonly message: string; readonly stack?: string };
export type ResultMessage = { readonly kind: 'result'; readonly id: number; readonly value: unknown };
export type ErrorMessage = { readonly kind: 'error'; readonly id: number; readonly error: SerializedError };
export type ProgressMessage = { readonly kind: 'progress'; readonly id: number; readonly done: number; readonly total: number; readonly label?: string; readonly detail?: unknown; readonly step?: ProgressStep };
export type ResponseMessage = ResultMessage | ErrorMessage | ProgressMessage;

/** What a worker task can do besides computing: report progress and notice cancellation. */
export interface TaskContext {
  /** Reports that `done` of `total` units of work are finished; `detail` is a cloneable snapshot (e.g. a solver's best plan so far); `step` the label's code for the UI to word. */
  progress(done: number, total: number, label?: string, detail?: unknown, step?: ProgressStep): void;
  /** Yields to the message loop so a pending cancel is seen, then throws if cancelled. */
  checkpoint(): Promise<void>;
}

// Handlers take the context first; `any` here is only the constraint, call sites are typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (ctx: TaskContext, ...args: any[]) => unknown;
export type Handlers = Readonly<Record<string, Handler>>;

/** The arguments of a handler as seen by its caller (without the context). */
export type CallArgs<H extends Handler> = H extends (ctx: TaskContext, ...args: infer A) => unknown ? A : never;

/** Either end of a message channel. */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Error raised in a task that was cancelled. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(message = 'cancelled') {
    super(message);
  }
}

/** The buffers of typed arrays found in a value (one level into objects and arrays), to transfer not copy. */
export function transferablesOf(value: unknown, out: Set<ArrayBuffer> = new Set(), depth = 0): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (value instanceof ArrayBuffer) {
    out.add(value);
  } else if (depth < 4 && value !== null && typeof value === 'object') {
    for (const v of Array.isArray(value) ? value : Object.values(value)) transferablesOf(v, out, depth + 1);
  }
  return [...out];
}

/** Error as a plain object that survives structured cloning. */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  return { name: 'Error', message: String(e) };
}
