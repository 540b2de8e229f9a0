// The small vocabulary the project validator is written in: JSON paths, and checks that
// record an error and return undefined instead of throwing, so that every error is found.

import { closest } from './suggest.ts';

/** One problem in a project file. `path` is a JSON path such as "indicators[1].rate.female" ("" = the whole file). */
export interface ProjectError {
  readonly file: string;
  readonly path: string;
  readonly message: string;
  /** 1-based position, for JSON syntax errors only. */
  readonly line?: number;
  readonly column?: number;
}

export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Collects the errors of one file. A value that is `undefined` (an absent key) passes every
 * check silently: `object` reports the required keys that are missing, once each.
 */
export class Checker {
  readonly errors: ProjectError[] = [];
  constructor(readonly file: string) {}

  report(path: string, message: string): undefined {
    this.errors.push({ file: this.file, path, message });
    return undefined;
  }

  /**
   * `value` as an object with only `known` keys and every `required` one; an unknown key is
   * reported with the closest known key, a missing one on the object itself.
   */
  object(value: unknown, path: string, known: readonly string[], required: readonly string[] = []): JsonObject | undefined {
    if (value === undefined) return undefined;
    if (!isObject(value)) return this.report(path, `expected an object, got ${describe(value)}`);
    for (const key of required) if (value[key] === undefined) this.report(path, `missing required key "${key}"`);
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const guess = closest(key, known);
      this.report(at(path, key), guess ? `unknown key; did you mean "${guess}"?` : `unknown key (expected ${orList(known)})`);
    }
    return value;
  }

  /** A non-empty string. */
  string(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.report(path, `expected a string, got ${describe(value)}`);
    if (value.trim() === '') return this.report(path, 'must not be empty');
    return value;
  }

  /** A finite number ≥ `min` (or > `min` when `strict`). */
  number(value: unknown, path: string, min: number, strict = false, unit = ''): number | undefined {
    if (value === undefined) return undefined;
    const bound = `${strict ? '>' : '≥'} ${min}${unit}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.report(path, `expected a number ${bound}, got ${describe(value)}`);
    if (strict ? value <= min : value < min) return this.report(path, `expected a number ${bound}, got ${value}`);
    return value;
  }

  array(value: unknown, path: string): readonly unknown[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.report(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  /** One of `choices`, with a suggestion for a near miss. */
  choice<T extends string>(value: unknown, path: string, choices: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    if ((choices as readonly unknown[]).includes(value)) return value as T;
    const got = typeof value === 'string' ? JSON.stringify(value) : describe(value);
    const guess = typeof value === 'string' ? closest(value, choices) : undefined;
    return this.report(path, `expected ${orList(choices)}, got ${got}${guess ? `; did you mean "${guess}"?` : ''}`);
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON path of `key` inside `path`: a.b, or a["b c"] when the key is not an identifier. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** What a JSON value is, for messages: "a string", "null", "an array", … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value;
}

/** "a", "a or b", "a, b or c", each quoted. */
export function orList(items: readonly string[]): string {
  const quoted = items.map((item) => JSON.stringify(item));
  return quoted.length <= 1 ? (quoted[0] ?? 'nothing') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** "(tables: a, b)" or "(the project declares no tables)". */
export function listing(noun: string, names: readonly string[]): string {
  return names.length > 0 ? `(${noun}: ${names.join(', ')})` : `(the project declares no ${noun})`;
}
