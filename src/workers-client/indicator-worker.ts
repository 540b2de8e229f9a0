// Spawns the indicator web worker and adapts it to the engine's Compute interface.
import type { IndicatorHandlers } from '../../workers/indicator-handlers.ts';
import type { Endpoint } from '../../workers/protocol.ts';
import type { Compute } from '../engine/compute.ts';
import { WorkerClient } from './worker-client.ts';

/** A Compute backed by a fresh indicator worker; call terminate() when done. */
export function spawnIndicatorWorker(): Compute & { terminate(): void } {
  const worker = new Worker(new URL('../../workers/indicators.worker.ts', import.meta.url), { type: 'module', name: 'lastmile-indicators' });
  const client = new WorkerClient<IndicatorHandlers>(worker as unknown as Endpoint, () => worker.terminate());
  return {
    rates: (input, options = {}) => client.call('rates', [input], options),
    terminate: () => client.terminate(),
  };
}
