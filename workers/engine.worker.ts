// Entry file of the engine worker: nothing but wiring.
import highsWasmUrl from 'highs/runtime?url';
import { createEngineHandlers } from '../src/compute/engine-handlers.ts';
import { expose } from '../src/compute/expose.ts';
import { configureHighs } from '../src/compute/highs.ts';
import type { Endpoint } from '../src/compute/protocol.ts';

// HiGHS's wasm is served from this origin under the name Vite gives it (no CDN, offline).
configureHighs(highsWasmUrl);
expose(createEngineHandlers(), self as unknown as Endpoint);
