// Paths to the repository's bundled data and examples, for tests run from any directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const DATA = path.join(ROOT, 'data');
/** The shared data pack the bundled data was copied from (full files, e.g. every column of the school list). */
export const SHARED = process.env.LASTMILE_SHARED_DATA ?? path.resolve(ROOT, '../shared/data');
