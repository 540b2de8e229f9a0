// The planner's workspace: projects they built in the browser and the files they added to
// them, kept across reloads and crashes. IndexedDB when the browser allows it (Blobs are
// stored as they are, so a 200 MB Parquet file is never turned into a string); otherwise
// memory, and the UI warns that nothing survives a reload.

import { memoryStore } from './memory-store.ts';
import { openIndexedDbStore } from './indexeddb-store.ts';

export { memoryStore } from './memory-store.ts';
export { openIndexedDbStore } from './indexeddb-store.ts';

export interface StoredProject {
  readonly id: string;
  readonly title: string;
  /** The project JSON, as in a `*.lastmile.json` file (not necessarily valid while being edited). */
  readonly project: unknown;
  /** Last change, ms since the epoch. */
  readonly updatedAt: number;
  /** Set for a bundled example, e.g. "examples/kenya.lastmile.json": its files come with the app. */
  readonly bundled?: string;
}

export interface ProjectSummary {
  readonly id: string;
  readonly title: string;
  /** Last change, ms since the epoch. */
  readonly updatedAt: number;
  /** Files stored for the project. */
  readonly files: number;
}

export interface StoredFile {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
}

/** Every method rejects with an Error a planner can read (e.g. "the browser's storage is full: …"). */
export interface WorkspaceStore {
  /** Adds or replaces the project with `p.id`. */
  saveProject(p: StoredProject): Promise<void>;
  loadProject(id: string): Promise<StoredProject | undefined>;
  /** Most recently updated first. */
  listProjects(): Promise<ProjectSummary[]>;
  /** Removes the project, its files and, if it was the last opened, that mark. */
  deleteProject(id: string): Promise<void>;
  /** Adds or replaces the file `name` (a base name, as project files refer to it) of a project. */
  putFile(projectId: string, name: string, data: Blob): Promise<void>;
  getFile(projectId: string, name: string): Promise<Blob | undefined>;
  /** Sorted by name (UTF-16 code units, as IndexedDB orders keys); sizes in bytes. */
  listFiles(projectId: string): Promise<StoredFile[]>;
  deleteFile(projectId: string, name: string): Promise<void>;
  getLastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
  /** Releases the database; later calls reject. */
  close(): void;
}

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
