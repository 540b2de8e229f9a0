// Storage for the session: which project is open (its id and, for a bundled example, its
// path), the files it refers to, and saving as the planner works. Files are kept by content
// (storage/store.ts): a file in the "Add data" dialog is staged (stored, marked as this tab's),
// becomes the project's only when the planner confirms it, and is forgotten on Cancel.
import type { Project } from '../core/project/types.ts';
import type { FileSource } from '../engine/file-source.ts';
import type { ProjectSummary } from '../state/project-summary.ts';
import { projectSources } from './project-sources.ts';
import { createAutosaver, saveWhenHidden, type Autosaver } from './storage/autosave.ts';
import { fileRef } from './storage/file-id.ts';
import { filesInUse, nameForFile } from './storage/project-files.ts';
import { lockProject, SOLE_LOCK, type ProjectLock } from './storage/project-lock.ts';
import { browserLocks, holdTabLock, liveTabs, type Locks } from './storage/tab-locks.ts';
import { openWorkspaceStore, type FileRef, type ProjectFiles, type StoredProject, type WorkspaceStore } from './storage/workspace-store.ts';

/** A file stored for the dialog: the name the project will know it by, and its content. */
export interface StagedFile {
  readonly name: string;
  readonly ref: FileRef;
}

/** The browser's workspace store with autosave, and the open project's place in it. */
export class Workspace {
  id = '';
  bundled: string | undefined;
  /** The open project's files: the names its layers use → the files the planner confirmed. */
  private named: ProjectFiles = {};
  /** This tab's hold on the open project (project-lock.ts). */
  private lock: ProjectLock = SOLE_LOCK;
  /** Told when the open project, read-only because another tab had it, becomes this tab's to edit. */
  onEditable: () => void = () => undefined;

  private constructor(
    private readonly store: WorkspaceStore,
    private readonly autosaver: Autosaver,
    /** False when the browser's storage is unavailable: work will not survive a reload. */
    readonly persistent: boolean,
    /** This page's id: files it is adding are marked with it, and swept only once the page is gone. */
    readonly tab: string,
    /** The browser's Web Locks, when there are any and the workspace is shared between tabs. */
    private readonly locks: Locks | undefined,
    private readonly releaseTab: () => void,
  ) {}

  /** Opens the browser's storage (memory if it has none) and sweeps files nothing refers to; `onError` hears of failed saves. */
  static async open(onError: (e: Error) => void): Promise<Workspace> {
    const { store, persistent } = await openWorkspaceStore();
    const tab = crypto.randomUUID();
    // A memory workspace is this tab's alone: nothing to coordinate.
    const locks = persistent ? browserLocks() : undefined;
    const releaseTab = locks ? await holdTabLock(locks, tab) : () => undefined;
    // Bytes left by a reload in the middle of adding a file, or by removed layers and projects.
    await store.sweep(await liveTabs(locks)).catch(onError);
    const autosaver = createAutosaver(store, { onError });
    saveWhenHidden(autosaver);
    return new Workspace(store, autosaver, persistent, tab, locks, releaseTab);
  }

  /** The project opened last, if it is still stored. */
  async lastOpened(): Promise<StoredProject | undefined> {
    const last = await this.store.getLastOpened();
    return last ? this.store.loadProject(last) : undefined;
  }

  /** A stored project by id. */
  load(id: string): Promise<StoredProject | undefined> {
    return this.store.loadProject(id);
  }

  /**
   * Makes `id` the open project (and the one to reopen after a reload), with the files it
   * names that `project` still uses; read-only (see `editable`) while another tab has it.
   */
  async select(id: string, bundled: string | undefined, files: ProjectFiles, project: Project): Promise<void> {
    // The same project again (a fresh copy of an example, or taking over from another tab) keeps the lock, or its place in line.
    const other = id !== this.id;
    this.id = id;
    this.bundled = bundled;
    this.named = inUse(files, project);
    if (other && this.locks) {
      this.lock.release();
      this.lock = await lockProject(this.locks, id, () => {
        if (this.id === id) this.onEditable();
      });
    }
    await this.store.setLastOpened(id);
  }

  /** False while another tab has the open project: this tab must neither edit nor save it. */
  get editable(): boolean {
    return this.lock.held;
  }

  /** Lets go of the open project and of the store (the session is disposed). */
  close(): void {
    this.lock.release();
    this.releaseTab();
    this.store.close();
  }

  /** Where the open project's files are read from (with `staged` too, for a run that tries it): files the planner added, then bundled data. */
  files(staged?: StagedFile): FileSource {
    return projectSources(this.store, staged ? { ...this.named, [staged.name]: staged.ref } : this.named, this.bundled);
  }

  /** Stores `file` for the dialog, marked as this tab's until settled or discarded. */
  async stage(file: File, project: Project | null): Promise<StagedFile> {
    const ref = await fileRef(file);
    const name = nameForFile(file.name, ref, this.named, project);
    await this.store.putFile(ref, file, this.tab, file.name);
    return { name, ref };
  }

  /** The open project now uses `staged` (saved with the project's next save). */
  keep(staged: StagedFile): void {
    this.named = { ...this.named, [staged.name]: staged.ref };
  }

  /** `staged` is saved in the project: it needs this tab's mark no longer. */
  settle(staged: StagedFile): Promise<void> {
    return this.store.settleFile(staged.ref.id, this.tab);
  }

  /** Forgets `staged` (Cancel): its bytes go unless a project refers to them or another tab is adding them. */
  async discard(staged: StagedFile): Promise<void> {
    await this.store.discardFile(staged.ref.id, this.tab).catch(() => undefined);
  }

  /**
   * Saves `project` with its files, written through at once (a title typed a moment before
   * the browser is killed is kept: issue #16); resolves to the updated list of projects. The
   * autosaver keeps the writes in order, so an older version never lands after a newer one.
   */
  async save(project: Project): Promise<readonly ProjectSummary[]> {
    // A read-only tab's copy may be older than what the editing tab saved: never write it.
    if (!this.editable) return this.store.listProjects();
    this.autosaver.schedule({ id: this.id, title: project.title, project, updatedAt: Date.now(), files: this.named, ...(this.bundled ? { bundled: this.bundled } : {}) });
    await this.autosaver.flush();
    return this.store.listProjects();
  }
}

/** The files `project` uses; all of `files` when the stored project cannot be read as one (it is then shown as an error, not pruned). */
function inUse(files: ProjectFiles, project: Project): ProjectFiles {
  try {
    return filesInUse(files, project);
  } catch {
    return files;
  }
}
