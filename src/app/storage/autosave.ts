// Saving in order, optionally debounced: with a delay, changes are written once the caller
// pauses, and at least every `maxWaitMs` while they keep going. The app's workspace flushes
// after every edit instead (an edit made just before a crash must survive: issue #16), and
// relies on the one chain of writes here so an older version never lands after a newer one.

import type { StoredProject, WorkspaceStore } from './store.ts';

export interface AutosaveOptions {
  /** Quiet time after the last change before saving, ms (default 500). */
  readonly delayMs?: number;
  /** Longest a change waits while changes keep coming, ms (default 5000). */
  readonly maxWaitMs?: number;
  /** Told of every failed save (e.g. a full disk); saves never throw into the UI. Must not throw. */
  readonly onError?: (error: Error, project: StoredProject) => void;
}

export interface Autosaver {
  /** Saves `p` after the delay, replacing any pending save of the same project id. */
  schedule(p: StoredProject): void;
  /** Saves everything pending now; resolves when every save so far has finished (failures go to onError). */
  flush(): Promise<void>;
}

/** An autosaver writing to `store`. */
export function createAutosaver(store: WorkspaceStore, options: AutosaveOptions = {}): Autosaver {
  const { delayMs = 500, maxWaitMs = 5000, onError = (error: Error) => console.error(error) } = options;
  // Keyed by project id: switching projects while a save is pending must not drop it.
  const pending = new Map<string, StoredProject>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let writing = Promise.resolve();

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = undefined;
    const batch = [...pending.values()];
    pending.clear();
    // One save after another, so an older version never lands after a newer one.
    writing = writing.then(async () => {
      for (const p of batch) {
        try {
          await store.saveProject(p);
        } catch (e) {
          onError(e instanceof Error ? e : new Error(String(e)), p);
        }
      }
    });
    return writing;
  }

  return {
    schedule(p) {
      pending.set(p.id, p);
      const now = Date.now();
      firstPendingAt ??= now;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now)));
    },
    flush,
  };
}

/** What saveWhenHidden listens to: the page's document. */
export type PageEvents = Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;

/**
 * Flushes `autosaver` whenever the page becomes hidden (tab switched or closed, phone locked);
 * returns a function that stops listening. That is the last event a page reliably gets:
 * beforeunload and unload do not fire when a mobile browser discards a background tab
 * (https://developer.chrome.com/docs/web-platform/page-lifecycle-api).
 */
export function saveWhenHidden(autosaver: Autosaver, page: PageEvents = document): () => void {
  const onVisibility = () => {
    if (page.visibilityState === 'hidden') void autosaver.flush();
  };
  page.addEventListener('visibilitychange', onVisibility);
  return () => page.removeEventListener('visibilitychange', onVisibility);
}
