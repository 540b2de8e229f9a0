// A worker round trip without a Worker: handlers served on one end of a real Node
// MessageChannel, a WorkerClient on the other — the same protocol code a Web Worker runs.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach } from 'vitest';
import { expose } from '../../src/compute/expose.ts';
import type { Endpoint, Handlers } from '../../src/compute/protocol.ts';
import { WorkerClient } from '../../src/compute/worker-client.ts';

/** Adapts a Node MessagePort to the web-style Endpoint the protocol expects. */
function endpoint(port: MessagePort): Endpoint {
  return {
    postMessage: (m, transfer) => port.postMessage(m, transfer as never),
    addEventListener: (_type, listener) => port.on('message', (data) => listener({ data })),
  };
}

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((p) => p.close()));

/** A client for `handlers` served over a fresh channel (closed after each test). */
export function connect<H extends Handlers>(handlers: H): WorkerClient<H> {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(handlers, endpoint(port2));
  return new WorkerClient<H>(endpoint(port1), () => port1.close());
}
