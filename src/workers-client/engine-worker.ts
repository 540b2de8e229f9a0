// Spawns the engine web worker and adapts it to the engine's Compute interface.
import type { EngineHandlers } from '../../workers/engine-handlers.ts';
import type { Endpoint } from '../../workers/protocol.ts';
import type { Compute } from '../engine/compute.ts';
import { WorkerClient } from './worker-client.ts';

/** A Compute backed by a fresh engine worker; call terminate() to stop it and reject what is pending. */
export function spawnEngineWorker(): Compute & { terminate(): void } {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'lastmile-engine' });
  const client = new WorkerClient<EngineHandlers>(worker as unknown as Endpoint, () => worker.terminate());
  return {
    call: (method, args, options = {}) => client.call(method, args, options),
    terminate: () => client.terminate(),
  };
}
