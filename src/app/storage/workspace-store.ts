// The planner's workspace: projects they built in the browser and the files they added to
// them, kept across reloads and crashes. IndexedDB when the browser allows it (Blobs are
// stored as they are, so a 200 MB Parquet file is never turned into a string); otherwise
// memory, and the UI warns that nothing survives a reload.

import { memoryStore } from './memory-store.ts';
import { openIndexedDbStore } from './indexeddb-store.ts';
import type { WorkspaceStore } from './store.ts';

export { memoryStore } from './memory-store.ts';
export { openIndexedDbStore } from './indexeddb-store.ts';
export type { FileRef, ProjectFiles, ProjectSummary, StoredProject, Swept, WorkspaceStore } from './store.ts';

export interface OpenOptions {
  /** IndexedDB database name (default "lastmile"). */
  readonly name?: string;
  /** Default: the browser's `indexedDB`, if there is one. */
  readonly factory?: IDBFactory;
  /** How long to wait for IndexedDB before falling back to memory, ms (default 5000). */
  readonly timeoutMs?: number;
}

/** The IndexedDB workspace when it opens, else a memory one (`persistent: false`, so the UI can warn). */
export async function openWorkspaceStore(options: OpenOptions = {}): Promise<{ store: WorkspaceStore; persistent: boolean }> {
  const factory = options.factory ?? browserIndexedDb();
  if (!factory) return { store: memoryStore(), persistent: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Some browsers leave open() pending forever (Safari 14 on a first page load, see
  // https://bugs.webkit.org/show_bug.cgi?id=226547); the app must start regardless.
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), options.timeoutMs ?? 5000);
  });
  const opening = openIndexedDbStore(options.name, factory);
  try {
    const store = await Promise.race([opening, timeout]);
    if (!store) {
      opening.then((late) => late.close(), () => undefined);
      return { store: memoryStore(), persistent: false };
    }
    requestPersistence();
    return { store, persistent: true };
  } catch {
    // Private browsing in some browsers refuses IndexedDB outright (InvalidStateError, SecurityError).
    return { store: memoryStore(), persistent: false };
  } finally {
    clearTimeout(timer);
  }
}

/** The browser's IndexedDB, or undefined where there is none or even reading it throws. */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch {
    return undefined;
  }
}

/**
 * Asks the browser not to evict the workspace under storage pressure. Not awaited: Firefox
 * asks the planner, and the app must not wait for the answer.
 */
function requestPersistence(): void {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);
  storage?.persist?.().catch(() => undefined);
}
