// The workspace in memory: the same behaviour as the IndexedDB store (values are copied in
// and out, as structured cloning does), for tests and for browsers that refuse IndexedDB.
// Nothing survives a reload.

import { storageError } from './storage-errors.ts';
import { byCodeUnit, referencedIds, summarise } from './summaries.ts';
import type { StoredProject, WorkspaceStore } from './store.ts';

/** A workspace held in memory; lost on reload. */
export function memoryStore(): WorkspaceStore {
  const projects = new Map<string, StoredProject>();
  /** Content id → bytes and their count; Blobs are immutable, so they need no copy. */
  const files = new Map<string, { readonly size: number; readonly data: Blob }>();
  /** Adding marks: tab → ids it is adding. */
  const marks = new Map<string, Set<string>>();
  let lastOpened: string | undefined;
  let closed = false;

  /** Runs `body` as the IndexedDB store would: asynchronously, and failing once closed. */
  async function run<T>(action: string, body: () => T): Promise<T> {
    await Promise.resolve();
    if (closed) throw new Error(`${action}: the workspace store is closed`);
    try {
      return body();
    } catch (e) {
      throw await storageError(e, action);
    }
  }

  /** Deletes every file (or only `only`) that no project refers to and no mark holds; what went. */
  function sweepUnheld(only?: string) {
    const held = referencedIds([...projects.values()]);
    for (const ids of marks.values()) for (const id of ids) held.add(id);
    let count = 0;
    let bytes = 0;
    for (const [id, file] of files) {
      if (held.has(id) || (only !== undefined && id !== only)) continue;
      files.delete(id);
      count++;
      bytes += file.size;
    }
    return { files: count, bytes };
  }

  return {
    saveProject: (p) => run(`could not save project "${p.title}"`, () => void projects.set(p.id, structuredClone(p))),
    loadProject: (id) =>
      run('could not read the project', () => {
        const p = projects.get(id);
        return p && structuredClone(p);
      }),
    listProjects: () => run('could not list the projects', () => summarise([...projects.values()])),
    deleteProject: (id) =>
      run('could not delete the project', () => {
        projects.delete(id);
        if (lastOpened === id) lastOpened = undefined;
        sweepUnheld();
      }),
    putFile: (ref, data, tab, name = ref.id) =>
      run(`could not save "${name}"`, () => {
        if (!files.has(ref.id)) files.set(ref.id, { size: ref.size, data });
        marks.set(tab, (marks.get(tab) ?? new Set()).add(ref.id));
      }),
    getFile: (id) => run('could not read a stored file', () => files.get(id)?.data),
    settleFile: (id, tab) => run('could not keep the file', () => void marks.get(tab)?.delete(id)),
    discardFile: (id, tab) =>
      run('could not forget the file', () => {
        marks.get(tab)?.delete(id);
        sweepUnheld(id);
      }),
    sweep: (alive) =>
      run('could not clear unused files', () => {
        for (const tab of [...marks.keys()]) if (!alive(tab)) marks.delete(tab);
        return sweepUnheld();
      }),
    listFileIds: () => run('could not list the files', () => [...files.keys()].sort(byCodeUnit)),
    getLastOpened: () => run('could not read the last opened project', () => lastOpened),
    setLastOpened: (id) => run('could not remember the last opened project', () => void (lastOpened = id)),
    close: () => void (closed = true),
  };
}
