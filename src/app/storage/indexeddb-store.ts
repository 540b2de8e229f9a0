// The workspace in IndexedDB. Schema version 2: "projects" (key: id; each names its files),
// "blobs" (key: content id, the Blob kept as it is), "adding" (key: [tab, id], the files a
// tab's "Add data" dialog holds) and "meta" (small settings such as the last opened project).
// Version 1 kept files under [projectId, name], so a second file of the same name replaced
// the first (issue #16); upgrade-v1.ts moves such files over. A later version adds a step.

import { openDatabase, transact } from './idb.ts';
import { StorageError, storageError } from './storage-errors.ts';
import type { NoticeCode } from '../../state/notices.ts';
import { byCodeUnit, referencedIds, summarise } from './summaries.ts';
import type { StoredProject, Swept, WorkspaceStore } from './store.ts';
import { upgradeFromV1 } from './upgrade-v1.ts';
import { ADDING, BLOBS, META, PROJECTS, type AddingMark, type BlobRecord } from './schema.ts';

const VERSION = 2;
const LAST_OPENED = 'last-opened';

function upgrade(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void {
  if (oldVersion < 1) {
    db.createObjectStore(PROJECTS, { keyPath: 'id' });
    db.createObjectStore(META);
  }
  if (oldVersion < 2) {
    db.createObjectStore(BLOBS, { keyPath: 'id' });
    db.createObjectStore(ADDING, { keyPath: ['tab', 'id'] });
    if (oldVersion === 1) upgradeFromV1(db, tx);
  }
}

/** The workspace in IndexedDB database `name`, created or upgraded as needed. */
export async function openIndexedDbStore(name = 'lastmile', factory: IDBFactory = indexedDB): Promise<WorkspaceStore> {
  const db = await openDatabase(factory, name, VERSION, upgrade);
  let closed: string | undefined;
  let closedCode: NoticeCode = 'storageClosed';
  // A newer Lastmile in another tab wants to upgrade the schema: step aside rather than block it.
  db.onversionchange = () => {
    db.close();
    closed = 'a newer version of Lastmile was opened in another tab; reload this page';
    closedCode = 'storageNewerVersion';
  };
  // The browser closed the connection itself, e.g. because the planner cleared the site's data.
  db.onclose = () => {
    closed = "the browser closed the workspace's storage (was site data cleared?); reload this page";
  };

  /** One transaction, its failure rephrased for the planner. */
  async function run<T>(action: string, stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => () => T): Promise<T> {
    if (closed !== undefined) throw new StorageError(`${action}: ${closed}`, { code: closedCode, values: {} });
    try {
      return await transact(db, stores, mode, body);
    } catch (e) {
      throw await storageError(e, action);
    }
  }

  /** In `tx`: deletes the adding marks `deadMark` picks, then the files (all, or `only`) no project refers to and no mark holds; returns what went. */
  function sweepIn(tx: IDBTransaction, deadMark: (m: AddingMark) => boolean, only?: string): () => Swept {
    const projects = tx.objectStore(PROJECTS).getAll();
    const marks = tx.objectStore(ADDING).getAll();
    const blobs = only === undefined ? tx.objectStore(BLOBS).getAll() : tx.objectStore(BLOBS).getAll(only);
    let swept: Swept = { files: 0, bytes: 0 };
    blobs.onsuccess = () => {
      const held = referencedIds(projects.result as StoredProject[]);
      for (const m of marks.result as AddingMark[]) {
        if (deadMark(m)) tx.objectStore(ADDING).delete([m.tab, m.id]);
        else held.add(m.id);
      }
      const gone = (blobs.result as BlobRecord[]).filter((b) => !held.has(b.id));
      for (const b of gone) tx.objectStore(BLOBS).delete(b.id);
      swept = { files: gone.length, bytes: gone.reduce((a, b) => a + b.size, 0) };
    };
    return () => swept;
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
      run('could not list the projects', [PROJECTS], 'readonly', (tx) => {
        const projects = tx.objectStore(PROJECTS).getAll();
        return () => summarise(projects.result as StoredProject[]);
      }),
    deleteProject: (id) =>
      run('could not delete the project', [PROJECTS, BLOBS, ADDING, META], 'readwrite', (tx) => {
        tx.objectStore(PROJECTS).delete(id);
        sweepIn(tx, () => false);
        const meta = tx.objectStore(META);
        const last = meta.get(LAST_OPENED);
        last.onsuccess = () => {
          if (last.result === id) meta.delete(LAST_OPENED);
        };
        return () => undefined;
      }),
    putFile: (ref, data, tab, name = ref.id) =>
      run(`could not save "${name}"`, [BLOBS, ADDING], 'readwrite', (tx) => {
        const blobs = tx.objectStore(BLOBS);
        // Same id, same bytes: a file already stored is not written again.
        const there = blobs.getKey(ref.id);
        there.onsuccess = () => {
          if (there.result === undefined) blobs.put({ id: ref.id, size: ref.size, data } satisfies BlobRecord);
        };
        tx.objectStore(ADDING).put({ tab, id: ref.id } satisfies AddingMark);
        return () => undefined;
      }),
    getFile: (id) =>
      run('could not read a stored file', [BLOBS], 'readonly', (tx) => {
        const request = tx.objectStore(BLOBS).get(id);
        return () => (request.result as BlobRecord | undefined)?.data;
      }),
    settleFile: (id, tab) =>
      run('could not keep the file', [ADDING], 'readwrite', (tx) => {
        tx.objectStore(ADDING).delete([tab, id]);
        return () => undefined;
      }),
    discardFile: (id, tab) =>
      run('could not forget the file', [PROJECTS, BLOBS, ADDING], 'readwrite', (tx) => {
        const swept = sweepIn(tx, (m) => m.tab === tab && m.id === id, id);
        return () => void swept;
      }),
    sweep: (alive) => run('could not clear unused files', [PROJECTS, BLOBS, ADDING], 'readwrite', (tx) => sweepIn(tx, (m) => !alive(m.tab))),
    listFileIds: () =>
      run('could not list the stored files', [BLOBS], 'readonly', (tx) => {
        const keys = tx.objectStore(BLOBS).getAllKeys();
        return () => (keys.result as string[]).sort(byCodeUnit);
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
