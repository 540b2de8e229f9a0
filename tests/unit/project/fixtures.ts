// The Kenya example project, deep-frozen, and helpers that run the validator and return its
// errors as the lines `lastmile check` prints.

import { readFileSync } from 'node:fs';
import { formatProjectErrors, validateProject } from '../../../src/core/project/validate.ts';
import { deepFreeze } from '../geo/fixtures.ts';

export { deepFreeze };

export const KENYA_TEXT = readFileSync(new URL('../../../examples/kenya.lastmile.json', import.meta.url), 'utf8');

/** examples/kenya.lastmile.json, parsed and frozen. */
export const kenya: Readonly<Record<string, unknown>> & {
  readonly tables: readonly Readonly<Record<string, unknown>>[];
  readonly points: readonly Readonly<Record<string, unknown>>[];
  readonly indicators: readonly Readonly<Record<string, unknown>>[];
  readonly districts: Readonly<Record<string, unknown>>;
} = deepFreeze(JSON.parse(KENYA_TEXT));

/**
 * The Kenya project with some top-level keys replaced, frozen. Its composite index is left
 * out unless given, so that a test breaking an indicator sees only that indicator's errors.
 */
export function kenyaWith(changes: Readonly<Record<string, unknown>>): unknown {
  const { composite: _composite, ...rest } = kenya;
  return deepFreeze({ ...rest, ...changes });
}

/** The error lines for `json` (file "kenya.lastmile.json"), or [] when it is valid. */
export function errorLines(json: unknown): string[] {
  const result = validateProject(json, 'kenya.lastmile.json');
  return result.ok ? [] : formatProjectErrors(result.errors).split('\n');
}
