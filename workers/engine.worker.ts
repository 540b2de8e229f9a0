// Entry file of the engine worker: nothing but wiring.
import { createEngineHandlers } from '../src/compute/engine-handlers.ts';
import { expose } from '../src/compute/expose.ts';
import type { Endpoint } from '../src/compute/protocol.ts';

expose(createEngineHandlers(), self as unknown as Endpoint);
