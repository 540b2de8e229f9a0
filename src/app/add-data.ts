// The "Add data" job: files the planner dropped go through the dialog one at a time. Each is
// sniffed first (a file that cannot be used is never stored), then staged (stored by content,
// under a name no other file of the project has) and offered with its guessed role; on
// confirm the project with the new layer is tried, and the dialog stays open with the
// engine's message if it fails. Cancel leaves nothing behind.
import type { Project } from '../core/project/types.ts';
import type { Action } from '../state/app-state.ts';
import type { LayerEntry } from '../state/layer-draft.ts';
import { addLayer, setDistricts, type EditResult } from '../state/project-edit.ts';
import type { RunView } from '../state/run-view.ts';
import type { Db } from '../db/db.ts';
import type { ColumnValues } from '../engine/map-layers.ts';
import { candidateOf } from './file-candidates.ts';
import { FileValues } from './file-values.ts';
import { FileQueue } from './file-queue.ts';
import type { StagedFile, Workspace } from './workspace.ts';
import { plannerIssue, plannerMessage } from './planner-message.ts';

/** What the dialog needs from the session. */
export interface AddDataParts {
  readonly workspace: Workspace;
  readonly dispatch: (a: Action) => void;
  readonly project: () => Project | null;
  readonly run: () => RunView | null;
  /** Runs `project` (reading `staged` too); it becomes the open project, using `staged`, if the engine runs it cleanly, else throws. */
  readonly tryProject: (project: Project, staged: StagedFile) => Promise<void>;
  /** The page's database, where the file in the dialog is read whole for its filter values. */
  readonly db: () => Promise<Db>;
}

/** The queue of dropped data files and the dialog that places them. */
export class AddData {
  private readonly queue = new FileQueue();
  /** Whole-file values of the file in the dialog, read when a filter column is first picked. */
  private values: FileValues | null = null;

  constructor(private readonly parts: AddDataParts) {}

  /** Queues data files; the dialog opens on the first unless it is already showing one. */
  async add(files: readonly File[]): Promise<void> {
    if (this.queue.add(files)) await this.next();
  }

  /** Places the file in the dialog as the planner confirmed; on failure the dialog stays open with the message. */
  async confirm(entry: LayerEntry): Promise<void> {
    const { adding: file, candidate, staged } = this.queue;
    const project = this.parts.project();
    if (!file || !project || !candidate || !staged) return;
    this.parts.dispatch({ type: 'adding', adding: { candidate, busy: true, error: null } });
    const edit: EditResult = entry.role === 'districts' ? { ok: true, project: setDistricts(project, entry.layer) } : addLayer(project, entry.role, entry.layer as never);
    try {
      if (!edit.ok) throw new Error(edit.error);
      await this.parts.tryProject(edit.project, staged);
      this.queue.close();
      await this.parts.workspace.settle(staged).catch(() => undefined);
      await this.next();
    } catch (e) {
      const issue = plannerIssue(e);
      this.parts.dispatch({ type: 'adding', adding: { candidate, busy: false, error: plannerMessage(e), ...(issue ? { errorIssue: issue } : {}) } });
    }
  }

  /** Closes the dialog without adding the file (and forgets the stored copy). */
  async cancel(): Promise<void> {
    const staged = this.queue.staged;
    this.queue.close();
    if (staged) await this.parts.workspace.discard(staged);
    await this.next();
  }

  /** `column`'s values over the whole file in the dialog; null when the file is not a table DuckDB reads. */
  async columnValues(column: string): Promise<ColumnValues | null> {
    const { adding: file, candidate } = this.queue;
    if (!file || !candidate) return null;
    this.values ??= new FileValues(this.parts.db, file, candidate);
    return this.values.available ? this.values.of(column) : null;
  }

  private async next(): Promise<void> {
    void this.values?.dispose();
    this.values = null;
    const file = this.queue.next();
    if (!file) {
      this.parts.dispatch({ type: 'adding', adding: null, queued: 0 });
      return;
    }
    try {
      // Sniff first (it reads only the head): a file that cannot be used is never stored.
      const sniffed = await candidateOf(file, this.parts.run());
      const staged = await this.parts.workspace.stage(file, this.parts.project());
      // The layer will name the file as staged: "t (2).csv" when the project's "t.csv" holds other bytes.
      const candidate = { ...sniffed, file: staged.name };
      this.queue.candidate = candidate;
      this.queue.staged = staged;
      this.parts.dispatch({ type: 'adding', adding: { candidate, busy: false, error: null }, queued: this.queue.waiting });
    } catch (e) {
      this.queue.close();
      const issue = plannerIssue(e);
      this.parts.dispatch({ type: 'notice', message: plannerMessage(e), ...(issue ? { issue } : {}) });
      await this.next();
    }
  }
}
