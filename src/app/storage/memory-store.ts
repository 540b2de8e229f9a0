// The workspace in memory: the same behaviour as the IndexedDB store (values are copied in
// and out, as structured cloning does), for tests and for browsers that refuse IndexedDB.
// Nothing survives a reload.

import { storageError } from './storage-errors.ts';
import { byCodeUnit, summarise } from './summaries.ts';
import type { StoredProject, WorkspaceStore } from './store.ts';

/** A workspace held in memory; lost on reload. */
export function memoryStore(): WorkspaceStore {
  const projects = new Map<string, StoredProject>();
  /** projectId → name → contents; Blobs are immutable, so they need no copy. */
  const files = new Map<string, Map<string, Blob>>();
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

  return {
    saveProject: (p) => run(`could not save project "${p.title}"`, () => void projects.set(p.id, structuredClone(p))),
    loadProject: (id) =>
      run('could not read the project', () => {
        const p = projects.get(id);
        return p && structuredClone(p);
      }),
    listProjects: () =>
      run('could not list the projects', () => {
        const keys = [...files].flatMap(([projectId, named]) => [...named.keys()].map((name) => [projectId, name] as const));
        return summarise([...projects.values()], keys);
      }),
    deleteProject: (id) =>
      run('could not delete the project', () => {
        projects.delete(id);
        files.delete(id);
        if (lastOpened === id) lastOpened = undefined;
      }),
    putFile: (projectId, name, data) =>
      run(`could not save "${name}"`, () => {
        const named = files.get(projectId) ?? new Map<string, Blob>();
        files.set(projectId, named.set(name, data));
      }),
    getFile: (projectId, name) => run(`could not read "${name}"`, () => files.get(projectId)?.get(name)),
    listFiles: (projectId) =>
      run("could not list the project's files", () =>
        [...(files.get(projectId) ?? [])].map(([name, data]) => ({ name, size: data.size })).sort((a, b) => byCodeUnit(a.name, b.name)),
      ),
    deleteFile: (projectId, name) => run(`could not delete "${name}"`, () => void files.get(projectId)?.delete(name)),
    getLastOpened: () => run('could not read the last opened project', () => lastOpened),
    setLastOpened: (id) => run('could not remember the last opened project', () => void (lastOpened = id)),
    close: () => void (closed = true),
  };
}
