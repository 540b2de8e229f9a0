// The planner's working session: the open project, its files in the browser's storage, the
// last successful run, and every edit (add a file, define an indicator, remove a layer,
// undo). An edit is tried on a copy of the project; only if the engine runs it cleanly does
// it replace the project — otherwise the planner gets the message and loses nothing.
import kenyaProject from '../../examples/kenya.lastmile.json';
import type { CompositeSpec, Indicator, Project } from '../core/project/types.ts';
import type { ProjectRun } from '../engine/run-project.ts';
import type { Action } from '../state/app-state.ts';
import type { FileCandidate } from '../state/file-candidate.ts';
import { emptyHistory, pop, push, removalEntry, type History } from '../state/history.ts';
import type { LayerEntry } from '../state/layer-draft.ts';
import { addIndicator, addLayer, newProject, removeIndicator, removeLayer, restoreRemoval, setDistricts, type EditResult, type Removal } from '../state/project-edit.ts';
import { candidateOf } from './file-candidates.ts';
import { projectFileName } from './file-names.ts';
import { projectSources } from './project-sources.ts';
import { recomputeComposite } from './recompute.ts';
import { checkedProject, runInBrowser } from './start.ts';
import { createAutosaver, saveWhenHidden, type Autosaver } from './storage/autosave.ts';
import { projectFileNames } from './storage/project-files.ts';
import { openWorkspaceStore, type WorkspaceStore } from './storage/workspace-store.ts';

const BUNDLED_ID = 'kenya-2019-census';
const BUNDLED_PATH = 'examples/kenya.lastmile.json';

export class Session {
  private project: Project | null = null;
  private id = '';
  private bundled: string | undefined;
  private run: ProjectRun | null = null;
  private history: History<Removal> = emptyHistory;
  private current: AbortController | null = null;
  private pending: File[] = [];
  private adding: File | null = null;
  private candidate: FileCandidate | null = null;

  private constructor(
    private readonly store: WorkspaceStore,
    private readonly autosaver: Autosaver,
    private readonly persistent: boolean,
    private readonly dispatch: (a: Action) => void,
  ) {}

  /**
   * Opens storage and starts opening the last project (the bundled Kenya census on a first
   * visit). Resolves as soon as the session can take commands — Cancel must work during that
   * first load — not when the project has finished loading.
   */
  static async start(dispatch: (a: Action) => void): Promise<Session> {
    const { store, persistent } = await openWorkspaceStore();
    const autosaver = createAutosaver(store, { onError: (e) => dispatch({ type: 'notice', message: e.message }) });
    saveWhenHidden(autosaver);
    const session = new Session(store, autosaver, persistent, dispatch);
    void session.restore();
    return session;
  }

  private async restore(): Promise<void> {
    try {
      const last = await this.store.getLastOpened();
      const stored = last ? await this.store.loadProject(last) : undefined;
      if (stored) await this.open(stored.id, stored.project, stored.bundled);
      else await this.openBundled();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Opens the bundled Kenya project as it ships (a fresh copy if it was edited). */
  async openBundled(): Promise<void> {
    await this.open(BUNDLED_ID, kenyaProject, BUNDLED_PATH);
  }

  /** Opens a stored or new project and runs it. */
  async open(id: string, json: unknown, bundled?: string): Promise<void> {
    this.current?.abort();
    this.id = id;
    this.bundled = bundled;
    this.history = emptyHistory;
    this.run = null;
    this.dispatch({ type: 'reset' });
    this.dispatch({ type: 'undo-label', label: null });
    this.project = json as Project;
    await this.store.setLastOpened(id);
    await this.save(true);
    this.announce();
    await this.rerun();
  }

  /** Starts an empty project: the next file should be district boundaries. */
  async createProject(title: string): Promise<void> {
    await this.open(`p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, newProject(title));
  }

  async openRecent(id: string): Promise<void> {
    const stored = await this.store.loadProject(id);
    if (!stored) throw new Error('that project is no longer in this browser');
    await this.open(stored.id, stored.project, stored.bundled);
  }

  /** Runs the current project again (e.g. after Cancel or an error). */
  async rerun(): Promise<void> {
    if (!this.project) return;
    if (!this.project.districts.file) {
      this.run = null;
      this.dispatch({ type: 'empty' });
      return;
    }
    try {
      await this.tryProject(this.project);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Files dropped or picked: a project file opens as a project, data files are placed one by one. */
  async addFiles(files: readonly File[]): Promise<void> {
    const projectFile = files.find((f) => f.name.endsWith('.lastmile.json'));
    if (projectFile) {
      await this.openProjectFile(projectFile, files.filter((f) => f !== projectFile));
      return;
    }
    this.pending.push(...files);
    if (!this.adding) await this.nextFile();
  }

  /** Places the file in the dialog as the planner confirmed; on failure the dialog stays open with the message. */
  async confirmLayer(entry: LayerEntry): Promise<void> {
    const file = this.adding;
    const candidate = this.candidate;
    if (!file || !this.project || !candidate) return;
    this.dispatch({ type: 'adding', adding: { candidate, busy: true, error: null } });
    const edit: EditResult = entry.role === 'districts' ? { ok: true, project: setDistricts(this.project, entry.layer) } : addLayer(this.project, entry.role, entry.layer as never);
    try {
      if (!edit.ok) throw new Error(edit.error);
      await this.tryProject(edit.project);
      this.adding = null;
      this.candidate = null;
      await this.nextFile();
    } catch (e) {
      this.dispatch({ type: 'adding', adding: { candidate, busy: false, error: messageOf(e) } });
    }
  }

  /** Closes the dialog without adding the file (and forgets the stored copy). */
  async cancelFile(): Promise<void> {
    const file = this.adding;
    this.adding = null;
    this.candidate = null;
    if (file && this.project && !projectFileNames(this.project).includes(file.name)) await this.store.deleteFile(this.id, file.name);
    await this.nextFile();
  }

  async defineIndicator(indicator: Indicator): Promise<void> {
    if (!this.project) return;
    const edit = addIndicator(this.project, indicator);
    if (!edit.ok) throw new Error(edit.error);
    await this.tryProject(edit.project);
  }

  /** Removes a layer (or indicator) and what depends on it; Undo puts it back. */
  async remove(kind: 'layer' | 'indicator', name: string): Promise<void> {
    if (!this.project) return;
    const { project, removed } = kind === 'layer' ? removeLayer(this.project, name) : removeIndicator(this.project, name);
    await this.attempt(async () => {
      await this.tryProject(project);
      this.history = push(this.history, removalEntry(removed));
      this.dispatch({ type: 'undo-label', label: this.history.past.at(-1)?.label ?? null });
    });
  }

  async undo(): Promise<void> {
    if (!this.project) return;
    const { history, entry } = pop(this.history);
    if (!entry) return;
    const restored = restoreRemoval(this.project, entry.data);
    await this.attempt(async () => {
      await this.tryProject(restored);
      this.history = history;
      this.dispatch({ type: 'undo-label', label: history.past.at(-1)?.label ?? null });
    });
  }

  /** New composite weights: recomputed in a worker without reloading data. */
  async setComposite(spec: CompositeSpec): Promise<void> {
    const run = this.run;
    if (!run || !this.project) return;
    await this.attempt(async () => {
      const next = await recomputeComposite(run, spec);
      this.project = next.project;
      this.run = next;
      this.dispatch({ type: 'loaded', run: next });
      this.announce();
      await this.save(false);
    });
  }

  setTitle(title: string): void {
    if (!this.project) return;
    this.project = { ...this.project, title };
    this.announce();
    void this.save(false);
  }

  cancel(): void {
    this.current?.abort();
  }

  get currentRun(): ProjectRun | null {
    return this.run;
  }


  private async nextFile(): Promise<void> {
    const file = this.pending.shift();
    if (!file) {
      this.dispatch({ type: 'adding', adding: null, queued: 0 });
      return;
    }
    this.adding = file;
    try {
      // Sniff first (it reads only the head): a file that cannot be used is never stored.
      this.candidate = await candidateOf(file, this.run);
      await this.store.putFile(this.id, file.name, file);
      this.dispatch({ type: 'adding', adding: { candidate: this.candidate, busy: false, error: null }, queued: this.pending.length });
    } catch (e) {
      this.adding = null;
      await this.store.deleteFile(this.id, file.name).catch(() => {});
      this.dispatch({ type: 'notice', message: messageOf(e) });
      await this.nextFile();
    }
  }

  private async openProjectFile(file: File, dataFiles: readonly File[]): Promise<void> {
    try {
      const project = checkedProject(JSON.parse(await file.text()), file.name);
      const id = `p-${Date.now().toString(36)}`;
      for (const f of dataFiles) await this.store.putFile(id, f.name, f);
      await this.open(id, project);
    } catch (e) {
      this.dispatch({ type: 'notice', message: e instanceof SyntaxError ? `${file.name}: not valid JSON (${e.message})` : messageOf(e) });
    }
  }

  /** Runs `candidate`; on success it becomes the project (saved at once). Throws otherwise. */
  private async tryProject(candidate: Project): Promise<void> {
    const project = checkedProject(candidate, 'project');
    if (!project.districts.file) {
      this.project = project;
      await this.save(true);
      this.dispatch({ type: 'empty' });
      return;
    }
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    controller.signal.addEventListener('abort', () => this.dispatch({ type: 'cancelled' }), { once: true });
    let run: ProjectRun;
    try {
      run = await runInBrowser(project, projectFileName(project.title), projectSources(this.store, this.id, this.bundled), controller.signal, (done, total, label) =>
        this.dispatch({ type: 'progress', progress: { done, total, label } }),
      );
    } catch (e) {
      // Whatever a cancelled run rejects with (a fetch, a terminated worker), it is a cancellation.
      if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      throw e;
    }
    if (this.current === controller) this.current = null;
    this.project = project;
    this.run = run;
    this.dispatch({ type: 'loaded', run });
    this.announce();
    await this.save(true);
  }

  /** Tells the UI which project is open (after any change to it). */
  private announce(): void {
    if (this.project) this.dispatch({ type: 'opened', open: { id: this.id, project: this.project, ...(this.bundled ? { bundled: this.bundled } : {}) } });
  }

  /** Runs an edit; if it fails the project is unchanged and the planner is told why. */
  private async attempt(edit: () => Promise<void>): Promise<void> {
    this.dispatch({ type: 'notice', message: null });
    try {
      await edit();
    } catch (e) {
      if ((e as Error)?.name !== 'AbortError') this.dispatch({ type: 'notice', message: `${messageOf(e)} — nothing was changed.` });
      else if (this.run) this.dispatch({ type: 'loaded', run: this.run });
    }
  }

  private fail(e: unknown): void {
    if ((e as Error)?.name === 'AbortError') return;
    this.dispatch({ type: 'failed', message: messageOf(e) });
  }

  private async save(now: boolean): Promise<void> {
    if (!this.project) return;
    this.autosaver.schedule({ id: this.id, title: this.project.title, project: this.project, updatedAt: Date.now(), ...(this.bundled ? { bundled: this.bundled } : {}) });
    if (now) await this.autosaver.flush();
    this.dispatch({ type: 'recent', recent: await this.store.listProjects(), persistent: this.persistent });
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
