// Entry file of the engine worker: nothing but wiring.
import highsWasmUrl from 'highs/runtime?url';
import { configureHighs } from '../src/compute/highs.ts';
import { engineHandlers } from './engine-handlers.ts';
import { expose } from './expose.ts';
import type { Endpoint } from './protocol.ts';

// HiGHS's wasm is served from this origin under the name Vite gives it (no CDN, offline).
configureHighs(highsWasmUrl);
expose(engineHandlers, self as unknown as Endpoint);
