// Undo for destructive actions: a short stack of what was removed, newest last. Only what
// cannot be redone by hand is recorded (removing a layer, an indicator); small edits such as
// a weight are not, as the planner can simply change them back.

import type { Removal } from './project-edit.ts';

/** One undoable action: a label for the UI and what undo needs. */
export interface Entry<T = Removal> {
  /** E.g. "Removed table “ict”", shown as "Undo: Removed table “ict”". */
  readonly label: string;
  /** The same as a catalogue key and values, for a UI that words it in the planner's language. */
  readonly message?: { readonly key: string; readonly values: Readonly<Record<string, string | number>> };
  readonly data: T;
}

export interface History<T = Removal> {
  /** Oldest first. */
  readonly past: readonly Entry<T>[];
}

/** Nothing to undo. */
export const emptyHistory: History<never> = { past: [] };

/** `history` with `entry` on top, keeping only the newest `limit` entries. */
export function push<T>(history: History<T>, entry: Entry<T>, limit = 20): History<T> {
  if (limit <= 0) return { past: [] };
  return { past: [...history.past, entry].slice(-limit) };
}

/** The newest entry, and the history without it (the same history and no entry when empty). */
export function pop<T>(history: History<T>): { history: History<T>; entry: Entry<T> | undefined } {
  const entry = history.past.at(-1);
  return entry === undefined ? { history, entry } : { history: { past: history.past.slice(0, -1) }, entry };
}

const NOUN = { table: 'table', tiles: 'tile layer', points: 'point layer' } as const;

/** An undo entry for a removal, labelled after what the planner removed: "Removed point layer “schools”". */
export function removalEntry(removed: Removal): Entry<Removal> {
  const what = removed.layer
    ? `${NOUN[removed.layer.kind]} “${removed.layer.layer.name}”`
    : removed.indicators.length === 1 && removed.indicators[0]
      ? `indicator “${removed.indicators[0].indicator.id}”`
      : 'items';
  return { label: `Removed ${what}`, data: removed };
}

/**
 * What a removal took besides the layer or indicator itself, one line each, for a confirmation
 * or a toast ("Also removed: …"); empty when nothing else depended on it.
 */
export function alsoRemoved(removed: Removal): string[] {
  const lines = removed.layer ? removed.indicators.map((r) => `indicator “${r.indicator.id}”`) : [];
  if (removed.population) lines.push(`the population column (${removed.population.table}.${removed.population.column})`);
  if (removed.regions) lines.push(`the regions column (${removed.regions.table}.${removed.regions.column})`);
  if (removed.composite) lines.push(`the composite index “${removed.composite.id}”`);
  for (const r of removed.pillars) lines.push(`pillar “${r.pillar.name}” of the composite index`);
  for (const r of removed.measures) lines.push(`measure “${r.measure.measure}” of the composite index`);
  return lines;
}
