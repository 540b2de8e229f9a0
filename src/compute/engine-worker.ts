// Spawns engine web workers and adapts them to the engine's Compute interface.
import type { EngineHandlers } from './engine-handlers.ts';
import type { Endpoint } from './protocol.ts';
import type { Compute } from './compute.ts';
import { poolCompute } from './pool.ts';
import { WorkerClient } from './worker-client.ts';

/** A Compute backed by a fresh engine worker; terminate() stops it and rejects what is pending. */
export function spawnEngineWorker(): Compute & { terminate(): void } {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'lastmile-engine' });
  const client = new WorkerClient<EngineHandlers>(worker as unknown as Endpoint, () => worker.terminate());
  return {
    call: (method, args, options = {}) => client.call(method, args, options),
    terminate: () => client.terminate(),
  };
}

/** One engine worker per spare core (at most 4), large work split across them. */
export function spawnEnginePool(size = Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1))): Compute & { terminate(): void } {
  const workers = Array.from({ length: Math.max(1, size) }, () => spawnEngineWorker());
  return { ...poolCompute(workers), terminate: () => workers.forEach((w) => w.terminate()) };
}
