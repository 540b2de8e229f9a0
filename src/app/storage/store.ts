// What every workspace store (IndexedDB, memory) offers; the implementations import these
// types from here, and only workspace-store.ts chooses between them, so no import runs in a circle.
import type { ProjectSummary } from '../../state/project-summary.ts';

export type { ProjectSummary } from '../../state/project-summary.ts';

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
