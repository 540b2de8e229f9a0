// The bad-input corpus (tests/fixtures/bad/expected.json), as the loader, CLI and browser tests read it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './paths.ts';

/** What a CLI run of an entry must give (see tests/fixtures/bad/README.md). */
export interface CliExpectation {
  /** Why the entry cannot go through the CLI. */
  readonly skip?: string;
  /** Keys merged into the project built around the file (indicators, population, layers…). */
  readonly project?: Record<string, unknown>;
  /** Keys merged into the project's `districts`. */
  readonly districts?: Record<string, unknown>;
  /** Other corpus files the project needs (copied next to it). */
  readonly files?: readonly string[];
  /** The path written in the project (default: the file's name). */
  readonly path?: string;
  /** The message, when it differs from the entry's `error`. */
  readonly error?: string;
  /** A line of report.json (an issue, a note or a reason for blank figures). */
  readonly report?: string;
  /** Exactly what the run writes to stderr (with --quiet). */
  readonly stderr?: string;
  /** A text an output file must contain. */
  readonly output?: { readonly file: string; readonly contains: string };
}

export interface Entry {
  readonly role: 'table' | 'districts' | 'points';
  readonly stages: readonly ('sniff' | 'load' | 'boundary' | 'cli')[];
  readonly error?: string;
  /** The message of sniffing (the app's first look), when it differs from `error`. */
  readonly sniffError?: string;
  readonly issue?: string;
  readonly value?: { readonly column: string; readonly equals: string };
  readonly options?: { readonly decimal?: '.' | ',' };
  readonly synthetic?: { readonly size: number; readonly head: string };
  readonly generated?: { readonly head: string; readonly repeat: string; readonly count: number; readonly tail: string };
  /** How the CLI case is made: "fifo", "outside", "link:<target>", "link-inside:<name>", "none". */
  readonly setup?: string;
  readonly cli?: CliExpectation;
}

export const BAD = path.join(ROOT, 'tests/fixtures/bad');
export const expected = JSON.parse(readFileSync(path.join(BAD, 'expected.json'), 'utf8')) as Record<string, Entry>;

/** The bytes of an entry: its file, or the text `generated` describes (a 2 MB line is not committed). */
export function entryBytes(name: string, entry: Entry): Uint8Array<ArrayBuffer> {
  const g = entry.generated;
  if (g) return new TextEncoder().encode(g.head + g.repeat.repeat(g.count) + g.tail);
  return new Uint8Array(readFileSync(path.join(BAD, name)));
}

/** An exact message, or /a pattern/. */
export function expectMessage(actual: string | undefined, wanted: string): void {
  if (wanted.startsWith('/') && wanted.endsWith('/')) expect(actual).toMatch(new RegExp(wanted.slice(1, -1)));
  else expect(actual).toBe(wanted);
}
