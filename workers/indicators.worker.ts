// Entry file of the indicator worker: nothing but wiring.
import { expose } from './expose.ts';
import { indicatorHandlers } from './indicator-handlers.ts';
import type { Endpoint } from './protocol.ts';

expose(indicatorHandlers, self as unknown as Endpoint);
