// Entry file of the engine worker: nothing but wiring.
import { engineHandlers } from './engine-handlers.ts';
import { expose } from './expose.ts';
import type { Endpoint } from './protocol.ts';

expose(engineHandlers, self as unknown as Endpoint);
