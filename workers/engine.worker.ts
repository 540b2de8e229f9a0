// Entry file of the engine worker: nothing but wiring.
import { engineHandlers } from '../src/compute/engine-handlers.ts';
import { expose } from '../src/compute/expose.ts';
import type { Endpoint } from '../src/compute/protocol.ts';

expose(engineHandlers, self as unknown as Endpoint);
