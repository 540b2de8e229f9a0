// The planner's working session: the commands the UI issues (open, add a file, define an
// indicator, remove, undo, new weights), composed from one module per job — storage
// (workspace.ts), adding files through the dialog (add-data.ts), the run lifecycle
// (project-runner.ts) — over one app store that holds the open project. An edit is tried on
// a copy of the project; only if the engine runs it cleanly does it replace the project —
// otherwise the planner gets the message and loses nothing.
import kenyaProject from '../../examples/kenya.lastmile.json';
import nairobiProject from '../../examples/nairobi-wifi.lastmile.json';
import meshProject from '../../examples/nairobi-mesh.lastmile.json';
import { spawnEnginePool, spawnEngineWorker } from '../compute/engine-worker.ts';
import { cancellableSolver } from '../compute/solver-worker.ts';
import type { ProjectRun } from '../engine/run-project.ts';
import type { PlanRun } from '../engine/run-plan.ts';
import type { CompositeSpec, Indicator, Project } from '../core/project/types.ts';
import { browserDb } from '../db/browser-db.ts';
import type { ColumnValues } from '../engine/map-layers.ts';
import { MapLayerData } from './map-layer-data.ts';
import type { Action } from '../state/app-state.ts';
import { emptyHistory, pop, push, removalEntry, type History } from '../state/history.ts';
import type { LayerEntry } from '../state/layer-draft.ts';
import { addIndicator, newProject, removeIndicator, removeLayer, restoreRemoval, type Removal } from '../state/project-edit.ts';
import { AddData } from './add-data.ts';
import type { AppStore } from './app-store.ts';
import { projectFileName, safeFileName } from './file-names.ts';
import { PlanRunner } from './plan-runner.ts';
import { Planning } from './planning.ts';
import { ProjectRunner } from './project-runner.ts';
import { runView } from './run-view.ts';
import { checkedProject } from './checked-project.ts';
import type { ProjectFiles } from './storage/workspace-store.ts';
import { Workspace, type StagedFile } from './workspace.ts';
import { plannerIssue, plannerMessage } from './planner-message.ts';
import { isBundleName } from '../engine/bundle-open.ts';
import { storeBundle } from './study-bundle.ts';
import { studyExports, type ExportLanguage, type StudyExports } from './study-exports.ts';
import { parquetConverter, type TableConverter } from '../engine/bundle-parquet.ts';
import { StorageError } from './storage/storage-errors.ts';

/** The examples that ship with the app: the Kenya census (opened on a first visit), Nairobi's Wi-Fi plan, and its community network and three-year roll-out. */
export const EXAMPLES = {
  kenya: { id: 'kenya-2019-census', path: 'examples/kenya.lastmile.json', project: kenyaProject },
  nairobi: { id: 'nairobi-wifi', path: 'examples/nairobi-wifi.lastmile.json', project: nairobiProject },
  mesh: { id: 'nairobi-mesh', path: 'examples/nairobi-mesh.lastmile.json', project: meshProject },
} as const;
export type ExampleName = keyof typeof EXAMPLES;

/** Why a tab does not change its project while another tab has it (the banner). */
export const READ_ONLY = 'This project is open in another tab, so this tab only shows it: neither tab overwrites the other. Close the other tab, or open another project there, and this tab takes over with its edits.';
/** What an edit tried in such a tab is told. */
const EDIT_REFUSED = 'Not changed: this project is open in another tab.';

export class Session {
  private history: History<Removal> = emptyHistory;
  private readonly addData: AddData;
  /** Scenarios and plans of the open project. */
  readonly planning: Planning;
  /** What the map draws of point and tile layers. */
  readonly mapLayers = new MapLayerData(browserDb);
  /** The open project's last run: what a plan reads. */
  private lastRun: ProjectRun | null = null;
  /** Set by dispose: a session that was let go neither runs nor tells the store anything. */
  private disposed = false;

  private constructor(
    private readonly workspace: Workspace,
    private readonly runner: ProjectRunner,
    private readonly store: AppStore,
    private readonly planRunner: PlanRunner,
  ) {
    this.planning = new Planning({
      runner: planRunner,
      dispatch: (a) => this.dispatch(a),
      state: () => this.store.getState(),
      context: () => this.lastRun,
      keepProject: (p) => {
        if (this.readOnly()) return;
        this.setProject(p);
        void this.save();
      },
    });
    // Another tab had this project and let go of it: read what it saved, and edit from there.
    workspace.onEditable = () => void this.takeOver();
    this.addData = new AddData({
      workspace,
      dispatch: (a) => this.dispatch(a),
      project: () => this.project,
      run: () => this.store.getState().run,
      tryProject: (p, staged) => this.tryProject(p, staged),
      db: browserDb,
    });
  }

  /**
   * Opens storage and starts opening the last project (the bundled Kenya census on a first
   * visit). Resolves as soon as the session can take commands — Cancel must work during that
   * first load — not when the project has finished loading.
   */
  static async start(store: AppStore): Promise<Session> {
    const workspace = await Workspace.open((e) => store.dispatch({ type: 'notice', message: e.message, ...(e instanceof StorageError ? { words: e.notice } : {}) }));
    const runner = new ProjectRunner({ db: browserDb, spawnPool: () => spawnEnginePool() });
    const planRunner = new PlanRunner({ db: browserDb, pool: () => runner.pool(), solver: cancellableSolver(spawnEngineWorker) });
    const session = new Session(workspace, runner, store, planRunner);
    void session.restore();
    return session;
  }

  /** The open project: the app store's, the one source of truth. */
  private get project(): Project | null {
    return this.store.getState().open?.project ?? null;
  }

  private dispatch(action: Action): void {
    if (!this.disposed) this.store.dispatch(action);
  }

  /**
   * Lets go of the session: runs cancelled, workers stopped, nothing more reported. React's
   * StrictMode starts a session twice in development and drops the first; left running, it
   * shared the page's DuckDB with the second (issue #16).
   */
  dispose(): void {
    this.disposed = true;
    this.runner.dispose();
    this.planRunner.dispose();
    this.workspace.close();
  }

  /** True (and the planner told why) when another tab has the open project, so this one must not change it. */
  private readOnly(): boolean {
    if (this.workspace.editable) return false;
    this.dispatch({ type: 'notice', message: EDIT_REFUSED, words: { code: 'editRefused', values: {} } });
    return true;
  }

  private async takeOver(): Promise<void> {
    try {
      const stored = await this.workspace.load(this.workspace.id);
      this.dispatch({ type: 'read-only', on: false });
      if (stored) await this.open(stored.id, stored.project, stored.bundled, stored.files);
    } catch (e) {
      this.fail(e);
    }
  }

  private async restore(): Promise<void> {
    try {
      const stored = await this.workspace.lastOpened();
      if (stored) await this.open(stored.id, stored.project, stored.bundled, stored.files);
      else await this.openBundled();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Opens a bundled example as it ships (a fresh copy if it was edited). */
  async openBundled(name: ExampleName = 'kenya'): Promise<void> {
    const example = EXAMPLES[name];
    await this.open(example.id, example.project, example.path);
  }

  /** Opens a stored or new project (with the files it names) and runs it. */
  async open(id: string, json: unknown, bundled?: string, files: ProjectFiles = {}): Promise<void> {
    this.runner.cancel();
    this.runner.forget();
    this.planning.cancel();
    this.lastRun = null;
    this.history = emptyHistory;
    this.dispatch({ type: 'reset' });
    this.dispatch({ type: 'undo-label', label: null });
    await this.workspace.select(id, bundled, files, json as Project);
    this.dispatch({ type: 'read-only', on: !this.workspace.editable });
    this.setProject(json as Project);
    await this.save();
    await this.rerun();
  }

  /** Starts an empty project: the next file should be district boundaries. */
  async createProject(title: string): Promise<void> {
    await this.open(`p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, newProject(title));
  }

  async openRecent(id: string): Promise<void> {
    const stored = await this.workspace.load(id);
    if (!stored) throw new Error('that project is no longer in this browser');
    await this.open(stored.id, stored.project, stored.bundled, stored.files);
  }

  /** Runs the current project again (e.g. after Cancel or an error). */
  async rerun(): Promise<void> {
    const project = this.project;
    if (!project) return;
    if (!project.districts.file) {
      this.dispatch({ type: 'empty' });
      return;
    }
    try {
      await this.tryProject(project);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Files dropped or picked: a project file opens as a project, data files are placed one by one. */
  async addFiles(files: readonly File[]): Promise<void> {
    const bundle = files.find((f) => isBundleName(f.name));
    if (bundle) {
      await this.openBundleFile(bundle);
      return;
    }
    const projectFile = files.find((f) => f.name.endsWith('.lastmile.json'));
    if (projectFile) {
      await this.openProjectFile(projectFile, files.filter((f) => f !== projectFile));
      return;
    }
    if (this.readOnly()) return;
    await this.addData.add(files);
  }

  /** Places the file in the dialog as the planner confirmed; on failure the dialog stays open with the message. */
  confirmLayer(entry: LayerEntry): Promise<void> {
    return this.addData.confirm(entry);
  }

  /** Closes the dialog without adding the file (and forgets the stored copy). */
  cancelFile(): Promise<void> {
    return this.addData.cancel();
  }

  /** A column's values over the whole file in the "Add data" dialog (null: only its sample is known). */
  fileColumnValues(column: string): Promise<ColumnValues | null> {
    return this.addData.columnValues(column);
  }

  async defineIndicator(indicator: Indicator): Promise<void> {
    if (!this.project) return;
    if (!this.workspace.editable) throw new Error(EDIT_REFUSED);
    const edit = addIndicator(this.project, indicator);
    if (!edit.ok) throw new Error(edit.error);
    await this.tryProject(edit.project);
  }

  /** Removes a layer (or indicator) and what depends on it; Undo puts it back. */
  async remove(kind: 'layer' | 'indicator', name: string): Promise<void> {
    if (!this.project || this.readOnly()) return;
    const { project, removed } = kind === 'layer' ? removeLayer(this.project, name) : removeIndicator(this.project, name);
    await this.attempt(async () => {
      await this.tryProject(project);
      this.history = push(this.history, removalEntry(removed));
      this.dispatch({ type: 'undo-label', label: this.history.past.at(-1)?.label ?? null });
    });
  }

  async undo(): Promise<void> {
    if (!this.project || this.readOnly()) return;
    const { history, entry } = pop(this.history);
    if (!entry) return;
    const restored = restoreRemoval(this.project, entry.data);
    await this.attempt(async () => {
      await this.tryProject(restored);
      this.history = history;
      this.dispatch({ type: 'undo-label', label: history.past.at(-1)?.label ?? null });
    });
  }

  /** New composite weights: only the figures are computed again (no file is read). */
  async setComposite(spec: CompositeSpec): Promise<void> {
    const project = this.project;
    if (!project || !this.store.getState().run || this.readOnly()) return;
    await this.attempt(() => this.tryProject({ ...project, composite: spec }));
  }

  setTitle(title: string): void {
    if (!this.project || this.readOnly()) return;
    this.setProject({ ...this.project, title });
    void this.save();
  }

  cancel(): void {
    this.runner.cancel();
  }

  private async openProjectFile(file: File, dataFiles: readonly File[]): Promise<void> {
    try {
      const project = checkedProject(JSON.parse(await file.text()), file.name);
      const id = `p-${Date.now().toString(36)}`;
      const staged = [];
      for (const f of dataFiles) staged.push(await this.workspace.stage(f, null));
      await this.open(id, project, undefined, Object.fromEntries(staged.map((f) => [f.name, f.ref])));
      for (const f of staged) await this.workspace.settle(f);
    } catch (e) {
      this.dispatch({ type: 'notice', message: e instanceof SyntaxError ? `${file.name}: not valid JSON (${e.message})` : plannerMessage(e) });
    }
  }

  /** Opens a plan bundle as a new project (its data files stored with it). */
  private async openBundleFile(file: File): Promise<void> {
    try {
      const id = `p-${Date.now().toString(36)}`;
      // Its data files are stored by content like any added file, then kept with the project.
      const staged: StagedFile[] = [];
      const project = await storeBundle(file, { putFile: async (name, data) => void staged.push(await this.workspace.stage(new File([data], name), null)) });
      await this.open(id, project, undefined, Object.fromEntries(staged.map((f) => [f.name, f.ref])));
      for (const f of staged) await this.workspace.settle(f);
    } catch (e) {
      this.dispatch({ type: 'notice', message: plannerMessage(e) });
    }
  }

  /** The open study's exports (GeoJSON, GeoParquet, report in `reader`'s language, bundle with `plans`) and licence warnings, or null before it has run. */
  exports(plans: readonly PlanRun[], reader?: ExportLanguage): StudyExports | null {
    const project = this.project;
    if (!project || !this.lastRun) return null;
    // The bundle's large tables are converted by the app's own DuckDB, with the loader every run uses.
    const convert: TableConverter = async (name, bytes, signal) => parquetConverter(await browserDb())(name, bytes, signal);
    return studyExports(project, this.lastRun, plans, this.workspace.files(), safeFileName(project.title), { ...(reader ? { reader } : {}), convert });
  }

  /** Runs `candidate` (reading `staged` too); on success it becomes the project, using `staged`, saved at once. Throws otherwise. */
  private async tryProject(candidate: Project, staged?: StagedFile): Promise<void> {
    const project = checkedProject(candidate, 'project');
    if (!project.districts.file) {
      if (staged) this.workspace.keep(staged);
      this.setProject(project);
      await this.save();
      this.dispatch({ type: 'empty' });
      return;
    }
    const run = await this.runner.run({
      project,
      files: this.workspace.files(staged),
      projectFile: projectFileName(project.title),
      onProgress: (done, total, label, step) => this.dispatch({ type: 'progress', progress: { done, total, label, ...(step ? { step } : {}) } }),
      onCancelled: () => this.dispatch({ type: 'cancelled' }),
    });
    if (staged) this.workspace.keep(staged);
    this.setProject(project);
    this.lastRun = run;
    this.dispatch({ type: 'loaded', run: runView(run) });
    if (!this.store.getState().planning.draft) this.planning.open(null);
    await this.save();
  }

  /** Makes `project` the open project (the store tells the UI). */
  private setProject(project: Project): void {
    this.dispatch({ type: 'opened', open: { id: this.workspace.id, project, ...(this.workspace.bundled ? { bundled: this.workspace.bundled } : {}) } });
  }

  /** Runs an edit; if it fails the project is unchanged and the planner is told why. */
  private async attempt(edit: () => Promise<void>): Promise<void> {
    this.dispatch({ type: 'notice', message: null });
    try {
      await edit();
    } catch (e) {
      const run = this.store.getState().run;
      const message = plannerMessage(e);
      if ((e as Error)?.name !== 'AbortError') this.dispatch({ type: 'notice', message: `${message} — nothing was changed.`, words: { code: 'nothingChanged', values: { message } } });
      else if (run) this.dispatch({ type: 'loaded', run });
    }
  }

  private fail(e: unknown): void {
    if ((e as Error)?.name === 'AbortError') return;
    const issue = plannerIssue(e);
    this.dispatch({ type: 'failed', message: plannerMessage(e), ...(issue ? { issue } : {}) });
  }

  private async save(): Promise<void> {
    const project = this.project;
    if (!project) return;
    this.dispatch({ type: 'recent', recent: await this.workspace.save(project), persistent: this.workspace.persistent });
  }
}
