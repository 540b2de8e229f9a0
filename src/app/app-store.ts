// The app state in one place: the session dispatches to it and reads the open project from
// it, React subscribes to it. There is no second copy of the project beside the reducer.
import { initialState, reduce, type Action, type AppState } from '../state/app-state.ts';

export interface AppStore {
  getState(): AppState;
  dispatch(action: Action): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store over the pure reducer, starting from `state`. */
export function createAppStore(state: AppState = initialState): AppStore {
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
