// Starts the planner's session once and keeps the app state it reports.
import { useEffect, useReducer, useState } from 'react';
import { Session } from '../app/session.ts';
import { initialState, reduce } from '../state/app-state.ts';

/** App state plus the session that changes it (null until storage has opened). */
export function useSession() {
  const [state, dispatch] = useReducer(reduce, initialState);
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    let live = true;
    Session.start(dispatch).then(
      (s) => live && setSession(s),
      (e: unknown) => dispatch({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return { state, dispatch, session };
}
