// One editing tab per project, through the Web Locks API: the tab that opens a project first
// holds its lock and edits it; a second tab on the same project shows it read-only, and takes
// the lock — reading the first tab's saved edits — when the first tab closes or opens another
// project. Two tabs used to save over each other's edits without a word (issue #16).
import type { Locks } from './tab-locks.ts';

const PREFIX = 'lastmile-project:';

export interface ProjectLock {
  /** True while this tab may edit the project (it holds the lock). */
  readonly held: boolean;
  /** Lets go of the lock, or stops waiting for it. */
  release(): void;
}

/** A lock always held: no Web Locks (nothing to coordinate with) or a workspace only this tab sees (memory). */
export const SOLE_LOCK: ProjectLock = { held: true, release: () => undefined };

/** Takes project `id`'s lock if free; else waits for it, and calls `onHeld` once it is this tab's (unless released first). */
export async function lockProject(locks: Locks, id: string, onHeld: () => void): Promise<ProjectLock> {
  let letGo: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (letGo = resolve));
  const waiting = new AbortController();
  const state = { held: false };
  state.held = await new Promise<boolean>((resolve) => {
    void locks.request(PREFIX + id, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? released : undefined;
    });
  });
  if (!state.held) {
    locks
      .request(PREFIX + id, { signal: waiting.signal }, () => {
        state.held = true;
        onHeld();
        return released;
      })
      .catch(() => undefined); // AbortError: released while still waiting
  }
  return {
    get held() {
      return state.held;
    },
    release() {
      waiting.abort();
      letGo();
    },
  };
}
