// Checks a project file (`*.lastmile.json`) before anything is loaded, and says everything
// that is wrong at once, each problem with its JSON path, so a planner fixes the file in one
// pass instead of one error per run. Hand-written rather than a schema library: src/core takes
// no dependencies, and the messages ("did you mean …?", "no table named …") are the point.
// lastmile.schema.json describes the same format for editors; a unit test keeps the two in step.

import { Checker, describe, isObject, type ProjectError } from './checker.ts';
import { describeSyntaxError } from './json-text.ts';
import { KNOWN_KEYS, LANGUAGES, SUPPORTED_VERSIONS } from './keys.ts';
import type { Project } from './types.ts';
import { checkComposite, checkSuppression } from './validate-composite.ts';
import { checkSources } from './validate-sources.ts';
import { checkIndicators, checkTableColumn } from './validate-indicators.ts';
import { checkDistricts, checkLayers, emptyCatalogue } from './validate-layers.ts';
import { checkScenarios } from './validate-scenarios.ts';

export type { ProjectError } from './checker.ts';
export { KNOWN_KEYS, SUPPORTED_VERSIONS } from './keys.ts';

/** A usable project, or every problem found in it. */
export type ProjectResult = { readonly ok: true; readonly project: Project } | { readonly ok: false; readonly errors: ProjectError[] };

/**
 * Checks parsed JSON against the project format; `file` names the file in errors. On success
 * `project` is `json` itself, typed: nothing is copied, filled in or changed.
 */
export function validateProject(json: unknown, file = 'project'): ProjectResult {
  const c = new Checker(file);
  if (!isObject(json)) {
    c.report('', `expected a JSON object such as { "lastmile": 1, "title": …, "districts": … }, got ${describe(json)}`);
    return { ok: false, errors: c.errors };
  }
  // A newer file would also fail on every key added since; its version is the one thing to say.
  if (!checkVersion(c, json.lastmile)) return { ok: false, errors: c.errors };
  c.object(json, '', KNOWN_KEYS.project, ['title', 'districts']);
  c.string(json.$schema, '$schema');
  c.string(json.title, 'title');
  c.choice(json.language, 'language', LANGUAGES);
  checkDistricts(c, json.districts, 'districts');
  const catalogue = emptyCatalogue();
  checkLayers(c, json.tables, 'tables', 'table', catalogue);
  checkLayers(c, json.tiles, 'tiles', 'tile layer', catalogue);
  checkLayers(c, json.points, 'points', 'point layer', catalogue);
  checkIndicators(c, json.indicators, 'indicators', catalogue);
  checkTableColumn(c, json.population, 'population', KNOWN_KEYS.population, catalogue);
  checkTableColumn(c, json.regions, 'regions', KNOWN_KEYS.regions, catalogue);
  checkSuppression(c, json.suppression, 'suppression');
  checkComposite(c, json.composite, 'composite', catalogue);
  checkScenarios(c, json.scenarios, 'scenarios', catalogue);
  checkSources(c, json.sources, 'sources');
  return c.errors.length === 0 ? { ok: true, project: json as unknown as Project } : { ok: false, errors: c.errors };
}

/** Reports a missing or unsupported version; false when the rest of the file should not be checked. */
function checkVersion(c: Checker, value: unknown): boolean {
  const reads = `this build reads version${SUPPORTED_VERSIONS.length > 1 ? 's' : ''} ${SUPPORTED_VERSIONS.join(', ')}`;
  if (value === undefined) c.report('', `missing required key "lastmile" (the format version; ${reads})`);
  else if (typeof value !== 'number') c.report('lastmile', `expected the format version as a number (${reads}), got ${describe(value)}`);
  else if (!SUPPORTED_VERSIONS.includes(value)) {
    const newer = value > Math.max(...SUPPORTED_VERSIONS);
    c.report('lastmile', `version ${value} is not supported; ${reads}${newer ? ' (a newer Lastmile may read this file)' : ''}`);
    return !newer;
  }
  return true;
}

/** Parses and validates the text of a project file; a JSON syntax error comes with its line and column. */
export function parseProjectText(text: string, file = 'project'): ProjectResult {
  // Windows editors may start a UTF-8 file with a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ file, path: '', message: 'the file is empty' }] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const { reason, ...position } = describeSyntaxError(e.message, body);
    return { ok: false, errors: [{ file, path: '', message: `not valid JSON: ${reason}`, ...position }] };
  }
  return validateProject(json, file);
}

/** One line per error: "file: path: message", or "file:line:column: message" for a syntax error. */
export function formatProjectErrors(errors: readonly ProjectError[]): string {
  return errors
    .map((e) => {
      const where = e.line === undefined ? e.file : `${e.file}:${e.line}:${e.column ?? 1}`;
      return e.path === '' ? `${where}: ${e.message}` : `${where}: ${e.path}: ${e.message}`;
    })
    .join('\n');
}
