// What both stores derive from the stored projects: the project list (newest first, with how
// many files each holds) and the set of stored files some project refers to.

import type { ProjectSummary, StoredProject } from './store.ts';

/** Summaries of `projects`, most recently updated first (ties by id). */
export function summarise(projects: readonly StoredProject[]): ProjectSummary[] {
  return projects
    .map((p) => ({ id: p.id, title: p.title, updatedAt: p.updatedAt, files: Object.keys(p.files ?? {}).length }))
    .sort((a, b) => b.updatedAt - a.updatedAt || byCodeUnit(a.id, b.id));
}

/** Ids of the stored files `projects` refer to. */
export function referencedIds(projects: readonly StoredProject[]): Set<string> {
  return new Set(projects.flatMap((p) => Object.values(p.files ?? {}).map((f) => f.id)));
}

/** Orders names as IndexedDB orders string keys: by UTF-16 code unit, not by locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
