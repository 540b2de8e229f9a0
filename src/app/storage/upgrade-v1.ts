// From schema version 1, where files were kept under [projectId, name]: each becomes a file
// of its own ("legacy:<projectId>/<name>", since its bytes cannot be hashed inside the upgrade
// transaction, which closes at the first await) that its project names. Saved workspaces
// stay readable; the next sweep removes files of projects that no longer exist.
import { BLOBS, PROJECTS, type BlobRecord } from './schema.ts';
import type { FileRef, StoredProject } from './store.ts';

/** Version 1's files store. */
export const V1_FILES = 'files';

interface V1FileRecord {
  readonly projectId: string;
  readonly name: string;
  readonly size: number;
  readonly data: Blob;
}

/** Moves version 1's files into the version 2 stores (already created), inside the upgrade transaction `tx`. */
export function upgradeFromV1(db: IDBDatabase, tx: IDBTransaction): void {
  const all = tx.objectStore(V1_FILES).getAll();
  all.onsuccess = () => {
    const named = new Map<string, Record<string, FileRef>>();
    for (const r of all.result as V1FileRecord[]) {
      const id = `legacy:${r.projectId}/${r.name}`;
      tx.objectStore(BLOBS).put({ id, size: r.size, data: r.data } satisfies BlobRecord);
      named.set(r.projectId, { ...named.get(r.projectId), [r.name]: { id, size: r.size } });
    }
    for (const [projectId, files] of named) {
      const get = tx.objectStore(PROJECTS).get(projectId);
      get.onsuccess = () => {
        const p = get.result as StoredProject | undefined;
        if (p) tx.objectStore(PROJECTS).put({ ...p, files: { ...files, ...p.files } } satisfies StoredProject);
      };
    }
    db.deleteObjectStore(V1_FILES);
  };
}
