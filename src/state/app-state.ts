// The app's state and the intents that change it. Small and serialisable where it can be;
// everything a planner sees on the map and in the table is derived from it.
import type { ProjectRun } from '../engine/run-project.ts';

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export type Phase = 'loading' | 'ready' | 'error' | 'cancelled';

export type SortKey = 'name' | string;

export interface AppState {
  readonly phase: Phase;
  readonly progress: Progress | null;
  readonly error: string | null;
  /** The last successful run of the open project; kept when a later load fails. */
  readonly run: ProjectRun | null;
  /** Key of the measure shown on the map (see measures.ts). */
  readonly measureKey: string;
  readonly selectedId: string | null;
  readonly sort: { readonly key: SortKey; readonly descending: boolean };
}

export type Action =
  | { type: 'progress'; progress: Progress }
  | { type: 'loaded'; run: ProjectRun }
  | { type: 'failed'; message: string }
  | { type: 'cancelled' }
  | { type: 'select'; id: string | null }
  | { type: 'show-measure'; key: string }
  | { type: 'sort'; key: SortKey };

export const initialState: AppState = {
  phase: 'loading',
  progress: null,
  error: null,
  run: null,
  measureKey: 'internet_use.total',
  selectedId: null,
  sort: { key: 'internet_use.total', descending: true },
};

/** The next state after an action; never mutates `state`. */
export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'progress':
      return { ...state, phase: 'loading', progress: action.progress };
    case 'loaded':
      return { ...state, phase: 'ready', progress: null, error: null, run: action.run };
    case 'failed':
      return { ...state, phase: 'error', progress: null, error: action.message };
    case 'cancelled':
      return { ...state, phase: 'cancelled', progress: null };
    case 'select':
      return { ...state, selectedId: action.id };
    case 'show-measure':
      return { ...state, measureKey: action.key };
    case 'sort':
      return {
        ...state,
        sort: state.sort.key === action.key ? { key: action.key, descending: !state.sort.descending } : { key: action.key, descending: action.key !== 'name' },
      };
  }
}
