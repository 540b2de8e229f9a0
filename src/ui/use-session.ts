// Starts the planner's session once and follows the app store it reports to.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createAppStore } from '../app/app-store.ts';
import { Session } from '../app/session.ts';
import type { Action } from '../state/app-state.ts';

/** App state plus the session that changes it (null until storage has opened). */
export function useSession() {
  const [store] = useState(createAppStore);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [session, setSession] = useState<Session | null>(null);
  const dispatch = useCallback((a: Action) => store.dispatch(a), [store]);
  useEffect(() => {
    let live = true;
    const starting = Session.start(store);
    starting.then(
      (s) => live && setSession(s),
      (e: unknown) => store.dispatch({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      // StrictMode mounts twice in development: the first session must stop, not share the page's DuckDB.
      live = false;
      starting.then((s) => s.dispose(), () => undefined);
    };
  }, [store]);
  return { state, dispatch, session };
}
