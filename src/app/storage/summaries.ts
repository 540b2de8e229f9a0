// The project list both stores show: newest first, with how many files each project holds.

import type { ProjectSummary, StoredProject } from './store.ts';

/** Summaries of `projects`, most recently updated first (ties by id); `fileKeys` are the [projectId, name] keys of every stored file. */
export function summarise(projects: readonly StoredProject[], fileKeys: readonly (readonly [string, string])[]): ProjectSummary[] {
  const counts = new Map<string, number>();
  for (const [projectId] of fileKeys) counts.set(projectId, (counts.get(projectId) ?? 0) + 1);
  return projects
    .map((p) => ({ id: p.id, title: p.title, updatedAt: p.updatedAt, files: counts.get(p.id) ?? 0 }))
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Orders names as IndexedDB orders string keys: by UTF-16 code unit, not by locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
