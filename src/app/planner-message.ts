// What the planner reads when something fails. The engine's own errors (InputError and the
// messages it writes) are meant for them; DuckDB's are not: they arrive as JSON with internal
// SQL in it (`{"exception_type":"Catalog","exception_message":"Failed to create table …"}`)
// or as "Binder Error: …", and tell a planner nothing they can act on (issue #16).

import { userMessage, type Issue } from '../core/report.ts';

/** DuckDB's error kinds, as they start its messages ("Catalog Error: …"). */
const DUCKDB_KIND = /^(Catalog|Binder|Parser|Conversion|Invalid Input|IO|Out of Memory|Internal|Constraint|Dependency|Transaction|Invalid|Not implemented|Serialization|Interrupt|Fatal) Error: /;

/** `e` in words a planner can act on: the engine's own message, or a plain one in place of DuckDB's (which goes to the console). */
export function plannerMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const kind = duckdbKind(message);
  // Not DuckDB's: the engine's own words, with any other raw text cut to its first line (core/report.ts).
  if (kind === undefined) return userMessage(e);
  console.error(e);
  return `the database engine stopped on an internal ${kind.toLowerCase()} error; try again, and if it happens again, reload the page (your project is saved)`;
}

/** The issue of an engine error that has a code (an InputError), for the UI to word in the planner's language; undefined for any other error. */
export function plannerIssue(e: unknown): Issue | undefined {
  const issue = e instanceof Error && e.name === 'InputError' ? (e as Error & { issue?: Issue }).issue : undefined;
  return issue?.code === undefined ? undefined : issue;
}

/** The kind of DuckDB error `message` is ("Catalog", …), or undefined when it is not one. */
export function duckdbKind(message: string): string | undefined {
  if (message.startsWith('{"exception_type"')) {
    try {
      return String((JSON.parse(message) as { exception_type?: unknown }).exception_type ?? 'unknown');
    } catch {
      return 'unknown';
    }
  }
  return DUCKDB_KIND.exec(message)?.[1];
}
