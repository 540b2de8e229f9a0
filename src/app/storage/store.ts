// What every workspace store (IndexedDB, memory) offers; the implementations import these
// types from here, and only workspace-store.ts chooses between them, so no import runs in a circle.
//
// Files are kept by content (issue #16): a stored file's id is a hash of its bytes, and a
// project names, for each file name its layers use, the id of the exact file the planner
// confirmed. Adding a second `t.csv` therefore never changes what the first one's layer
// reads. A file in the "Add data" dialog is stored with an adding mark for its tab until
// the planner confirms or cancels; bytes nothing refers to and no live tab is adding are swept.
import type { ProjectSummary } from '../../state/project-summary.ts';

export type { ProjectSummary } from '../../state/project-summary.ts';

/** A stored file as a project refers to it. */
export interface FileRef {
  /** Content id (see file-id.ts); "legacy:…" for files stored before files were kept by content. */
  readonly id: string;
  /** Bytes. */
  readonly size: number;
}

/** File name as the project's layers use it (a base name) → the stored file. */
export type ProjectFiles = Readonly<Record<string, FileRef>>;

export interface StoredProject {
  readonly id: string;
  readonly title: string;
  /** The project JSON, as in a `*.lastmile.json` file (not necessarily valid while being edited). */
  readonly project: unknown;
  /** Last change, ms since the epoch. */
  readonly updatedAt: number;
  /** Set for a bundled example, e.g. "examples/kenya.lastmile.json": its files come with the app. */
  readonly bundled?: string;
  /** The files the planner added (absent: none). */
  readonly files?: ProjectFiles;
}

/** What a sweep let go. */
export interface Swept {
  readonly files: number;
  /** Bytes. */
  readonly bytes: number;
}

/** Every method rejects with an Error a planner can read (e.g. "the browser's storage is full: …"). */
export interface WorkspaceStore {
  /** Adds or replaces the project with `p.id`. */
  saveProject(p: StoredProject): Promise<void>;
  loadProject(id: string): Promise<StoredProject | undefined>;
  /** Most recently updated first. */
  listProjects(): Promise<ProjectSummary[]>;
  /** Removes the project, the files no other project refers to or a tab is adding, and, if it was the last opened, that mark. */
  deleteProject(id: string): Promise<void>;
  /** Stores `data` under content id `ref.id` (kept as is if already there), marked as being added by tab `tab`; `name` is for messages. */
  putFile(ref: FileRef, data: Blob, tab: string, name?: string): Promise<void>;
  getFile(id: string): Promise<Blob | undefined>;
  /** Removes tab `tab`'s adding mark of file `id` (the planner confirmed it: a project refers to it now). */
  settleFile(id: string, tab: string): Promise<void>;
  /** Removes the mark, and the file unless a project refers to it or another tab is adding it (Cancel). */
  discardFile(id: string, tab: string): Promise<void>;
  /** Deletes the marks of tabs that are not `alive`, then every file no project refers to and no mark holds. */
  sweep(alive: (tab: string) => boolean): Promise<Swept>;
  /** Ids of every stored file, sorted (for tests and checks). */
  listFileIds(): Promise<string[]>;
  getLastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
  /** Releases the database; later calls reject. */
  close(): void;
}
