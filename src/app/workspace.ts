// Storage for the session: which project is open (its id and, for a bundled example, its
// path), its files in the browser, and saving as the planner works.
import type { Project } from '../core/project/types.ts';
import type { FileSource } from '../engine/file-source.ts';
import type { ProjectSummary } from '../state/project-summary.ts';
import { projectSources } from './project-sources.ts';
import { createAutosaver, saveWhenHidden, type Autosaver } from './storage/autosave.ts';
import { projectFileNames } from './storage/project-files.ts';
import { openWorkspaceStore, type StoredProject, type WorkspaceStore } from './storage/workspace-store.ts';

/** The browser's workspace store with autosave, and the open project's place in it. */
export class Workspace {
  id = '';
  bundled: string | undefined;
  /** How many times each file was stored in this page: part of its version for the load cache. */
  private readonly puts = new Map<string, number>();

  private constructor(
    private readonly store: WorkspaceStore,
    private readonly autosaver: Autosaver,
    /** False when the browser's storage is unavailable: work will not survive a reload. */
    readonly persistent: boolean,
  ) {}

  /** Opens the browser's storage (memory if it has none); `onError` hears of failed saves. */
  static async open(onError: (e: Error) => void): Promise<Workspace> {
    const { store, persistent } = await openWorkspaceStore();
    const autosaver = createAutosaver(store, { onError });
    saveWhenHidden(autosaver);
    return new Workspace(store, autosaver, persistent);
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

  /** Makes `id` the open project (and the one to reopen after a reload). */
  async select(id: string, bundled: string | undefined): Promise<void> {
    this.id = id;
    this.bundled = bundled;
    await this.store.setLastOpened(id);
  }

  /** Where the open project's files are read from: files the planner added, then bundled data. */
  files(): FileSource {
    return projectSources(this.store, this.id, this.bundled, (name) => String(this.puts.get(`${this.id}/${name}`) ?? 0));
  }

  /** Keeps a file the planner added to project `id` (the open one by default). */
  putFile(name: string, file: Blob, id = this.id): Promise<void> {
    this.puts.set(`${id}/${name}`, (this.puts.get(`${id}/${name}`) ?? 0) + 1);
    return this.store.putFile(id, name, file);
  }

  /** Forgets a stored file unless `project` still refers to it. */
  async dropFile(name: string, project: Project | null): Promise<void> {
    if (project && projectFileNames(project).includes(name)) return;
    await this.store.deleteFile(this.id, name).catch(() => undefined);
  }

  /** Saves `project` (at once when `now`, else soon); resolves to the updated list of projects. */
  async save(project: Project, now: boolean): Promise<readonly ProjectSummary[]> {
    this.autosaver.schedule({ id: this.id, title: project.title, project, updatedAt: Date.now(), ...(this.bundled ? { bundled: this.bundled } : {}) });
    if (now) await this.autosaver.flush();
    return this.store.listProjects();
  }
}
