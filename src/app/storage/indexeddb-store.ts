// The workspace in IndexedDB. Schema version 1: "projects" (key: id), "files" (key:
// [projectId, name], indexed by projectId, the Blob kept as it is) and "meta" (small
// settings such as the last opened project). A later version adds a step to `upgrade`.

import { openDatabase, transact } from './idb.ts';
import { storageError } from './storage-errors.ts';
import { byCodeUnit, summarise } from './summaries.ts';
import type { StoredProject, WorkspaceStore } from './store.ts';

const VERSION = 1;
const PROJECTS = 'projects';
const FILES = 'files';
const META = 'meta';
const BY_PROJECT = 'by-project';
const LAST_OPENED = 'last-opened';

interface FileRecord {
  readonly projectId: string;
  readonly name: string;
  /** Bytes, kept beside the Blob so listing files does not touch their contents. */
  readonly size: number;
  readonly data: Blob;
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(PROJECTS, { keyPath: 'id' });
    db.createObjectStore(FILES, { keyPath: ['projectId', 'name'] }).createIndex(BY_PROJECT, 'projectId');
    db.createObjectStore(META);
  }
}

/** The workspace in IndexedDB database `name`, created or upgraded as needed. */
export async function openIndexedDbStore(name = 'lastmile', factory: IDBFactory = indexedDB): Promise<WorkspaceStore> {
  const db = await openDatabase(factory, name, VERSION, upgrade);
  let closed: string | undefined;
  // A newer Lastmile in another tab wants to upgrade the schema: step aside rather than block it.
  db.onversionchange = () => {
    db.close();
    closed = 'a newer version of Lastmile was opened in another tab; reload this page';
  };
  // The browser closed the connection itself, e.g. because the planner cleared the site's data.
  db.onclose = () => {
    closed = "the browser closed the workspace's storage (was site data cleared?); reload this page";
  };

  /** One transaction, its failure rephrased for the planner. */
  async function run<T>(action: string, stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => () => T): Promise<T> {
    if (closed !== undefined) throw new Error(`${action}: ${closed}`);
    try {
      return await transact(db, stores, mode, body);
    } catch (e) {
      throw await storageError(e, action);
    }
  }

  return {
    saveProject: (p) =>
      run(`could not save project "${p.title}"`, [PROJECTS], 'readwrite', (tx) => {
        tx.objectStore(PROJECTS).put(p);
        return () => undefined;
      }),
    loadProject: (id) =>
      run('could not read the project', [PROJECTS], 'readonly', (tx) => {
        const request = tx.objectStore(PROJECTS).get(id);
        return () => request.result as StoredProject | undefined;
      }),
    listProjects: () =>
      run('could not list the projects', [PROJECTS, FILES], 'readonly', (tx) => {
        const projects = tx.objectStore(PROJECTS).getAll();
        const files = tx.objectStore(FILES).getAllKeys();
        return () => summarise(projects.result as StoredProject[], files.result as unknown as [string, string][]);
      }),
    deleteProject: (id) =>
      run('could not delete the project', [PROJECTS, FILES, META], 'readwrite', (tx) => {
        tx.objectStore(PROJECTS).delete(id);
        const files = tx.objectStore(FILES);
        const keys = files.index(BY_PROJECT).getAllKeys(id);
        keys.onsuccess = () => keys.result.forEach((key) => files.delete(key));
        const meta = tx.objectStore(META);
        const last = meta.get(LAST_OPENED);
        last.onsuccess = () => {
          if (last.result === id) meta.delete(LAST_OPENED);
        };
        return () => undefined;
      }),
    putFile: (projectId, name, data) =>
      run(`could not save "${name}"`, [FILES], 'readwrite', (tx) => {
        const record: FileRecord = { projectId, name, size: data.size, data };
        tx.objectStore(FILES).put(record);
        return () => undefined;
      }),
    getFile: (projectId, name) =>
      run(`could not read "${name}"`, [FILES], 'readonly', (tx) => {
        const request = tx.objectStore(FILES).get([projectId, name]);
        return () => (request.result as FileRecord | undefined)?.data;
      }),
    listFiles: (projectId) =>
      run("could not list the project's files", [FILES], 'readonly', (tx) => {
        const request = tx.objectStore(FILES).index(BY_PROJECT).getAll(projectId);
        return () => (request.result as FileRecord[]).map((r) => ({ name: r.name, size: r.size })).sort((a, b) => byCodeUnit(a.name, b.name));
      }),
    deleteFile: (projectId, name) =>
      run(`could not delete "${name}"`, [FILES], 'readwrite', (tx) => {
        tx.objectStore(FILES).delete([projectId, name]);
        return () => undefined;
      }),
    getLastOpened: () =>
      run('could not read the last opened project', [META], 'readonly', (tx) => {
        const request = tx.objectStore(META).get(LAST_OPENED);
        return () => request.result as string | undefined;
      }),
    setLastOpened: (id) =>
      run('could not remember the last opened project', [META], 'readwrite', (tx) => {
        tx.objectStore(META).put(id, LAST_OPENED);
        return () => undefined;
      }),
    close() {
      closed ??= 'the workspace store is closed';
      db.close();
    },
  };
}
