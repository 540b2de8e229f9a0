// The app's state and the intents that change it. Small and serialisable where it can be;
// everything a planner sees on the map and in the table is derived from it.
import type { ProgressStep } from '../core/progress-steps.ts';
import type { Project } from '../core/project/types.ts';
import type { NoticeWords } from './notices.ts';
import type { Issue } from '../core/report.ts';
import type { RunView } from './run-view.ts';
import { initialPlanning, isPlanningAction, reducePlanning, type PlanningAction, type PlanningState } from './planning.ts';
import type { ProjectSummary } from './project-summary.ts';
import type { FileCandidate } from './file-candidate.ts';
import { DEFAULT_CLASS_SETTINGS, type ClassSettings } from './choropleth.ts';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
  /** The label as a code and values, for the status bar to word (absent: the label as it is). */
  readonly step?: ProgressStep;
}

/** `empty`: the project has no district boundaries yet, so there is nothing to compute. */
export type Phase = 'loading' | 'ready' | 'error' | 'cancelled' | 'empty';

/** The open project as stored: what the planner has declared, whether or not it has run. */
export interface OpenProject {
  readonly id: string;
  readonly project: Project;
  readonly bundled?: string;
}

/** A file being placed in the project through the "Add data" dialog. */
export interface Adding {
  readonly candidate: FileCandidate;
  readonly busy: boolean;
  readonly error: string | null;
  /** The error as the engine coded it (file, row, column, code), for the dialog to word; absent for other errors. */
  readonly errorIssue?: Issue;
}

export type SortKey = 'name' | string;

export interface AppState {
  readonly phase: Phase;
  readonly progress: Progress | null;
  readonly error: string | null;
  /** The last successful run of the open project; kept when a later load fails. */
  readonly run: RunView | null;
  readonly open: OpenProject | null;
  readonly recent: readonly ProjectSummary[];
  /** False when the browser's storage is unavailable: work will not survive a reload. */
  readonly persistent: boolean;
  /** True while another tab has the open project: this one shows it but does not edit or save it. */
  readonly readOnly: boolean;
  readonly adding: Adding | null;
  /** Files waiting for the dialog after the current one. */
  readonly queued: number;
  /** Label of the action Undo would reverse, if any. */
  readonly undoLabel: string | null;
  /** A message about the last edit that did not take effect (the project is unchanged). */
  readonly notice: string | null;
  /** The notice's code and values, for the banner to word (notices.ts); null: the text as it is. */
  readonly noticeWords: NoticeWords | null;
  /** The error that stopped the run, as the engine coded it (file, row, column, code), for the status bar to word. */
  readonly errorIssue?: Issue | null;
  /** The notice's error as the engine coded it, for the UI to word in the planner's language (state/load-text.ts). */
  readonly noticeIssue: Issue | null;
  /** Key of the measure shown on the map (see measures.ts). */
  readonly measureKey: string;
  readonly selectedId: string | null;
  readonly sort: { readonly key: SortKey; readonly descending: boolean };
  /** How the map cuts and colours classes (method, number, palettes); kept across measures and projects. */
  readonly classSettings: ClassSettings;
  readonly planning: PlanningState;
}

export type Action =
  | { type: 'progress'; progress: Progress }
  | { type: 'loaded'; run: RunView }
  | { type: 'opened'; open: OpenProject }
  | { type: 'empty' }
  | { type: 'reset' }
  | { type: 'recent'; recent: readonly ProjectSummary[]; persistent: boolean }
  | { type: 'read-only'; on: boolean }
  | { type: 'adding'; adding: Adding | null; queued?: number }
  | { type: 'undo-label'; label: string | null }
  | { type: 'notice'; message: string | null; words?: NoticeWords; issue?: Issue }
  | { type: 'failed'; message: string; issue?: Issue }
  | { type: 'cancelled' }
  | { type: 'select'; id: string | null }
  | { type: 'show-measure'; key: string }
  | { type: 'sort'; key: SortKey; current?: AppState['sort'] }
  | { type: 'classify'; settings: ClassSettings }
  | PlanningAction;

export const initialState: AppState = {
  phase: 'loading',
  progress: null,
  error: null,
  run: null,
  open: null,
  recent: [],
  persistent: true,
  readOnly: false,
  adding: null,
  queued: 0,
  undoLabel: null,
  notice: null,
  noticeWords: null,
  noticeIssue: null,
  measureKey: 'internet_use.total',
  selectedId: null,
  sort: { key: 'internet_use.total', descending: true },
  classSettings: DEFAULT_CLASS_SETTINGS,
  planning: initialPlanning,
};

/** The next state after an action; never mutates `state`. */
export function reduce(state: AppState, action: Action): AppState {
  if (isPlanningAction(action)) return { ...state, planning: reducePlanning(state.planning, action) };
  switch (action.type) {
    case 'progress':
      return { ...state, phase: 'loading', progress: action.progress };
    case 'loaded':
      return { ...state, phase: 'ready', progress: null, error: null, run: action.run };
    case 'failed':
      return { ...state, phase: 'error', progress: null, error: action.message, errorIssue: action.issue ?? null };
    case 'cancelled':
      return { ...state, phase: 'cancelled', progress: null };
    case 'opened':
      return { ...state, open: action.open };
    case 'reset':
      // Another project is opening: nothing of the previous one may show under its title.
      return { ...state, phase: 'loading', progress: null, error: null, run: null, selectedId: null, notice: null, noticeIssue: null, planning: reducePlanning(state.planning, { type: 'plan/reset' }) };
    case 'empty':
      return { ...state, phase: 'empty', progress: null, run: null, selectedId: null };
    case 'recent':
      return { ...state, recent: action.recent, persistent: action.persistent };
    case 'read-only':
      return { ...state, readOnly: action.on };
    case 'adding':
      return { ...state, adding: action.adding, queued: action.queued ?? state.queued };
    case 'undo-label':
      return { ...state, undoLabel: action.label };
    case 'notice':
      return { ...state, notice: action.message, noticeWords: action.words ?? null, noticeIssue: action.issue ?? null };
    case 'select':
      return { ...state, selectedId: action.id };
    case 'show-measure':
      return { ...state, measureKey: action.key };
    case 'classify':
      return { ...state, classSettings: action.settings };
    case 'sort': {
      // `current` is the order the table shows, when the stored one names a column it lacks.
      const current = action.current ?? state.sort;
      return { ...state, sort: current.key === action.key ? { key: action.key, descending: !current.descending } : { key: action.key, descending: action.key !== 'name' } };
    }
  }
}
