// Which tabs of this app are alive, through the Web Locks API
// (https://developer.mozilla.org/docs/Web/API/Web_Locks_API): each tab holds a lock named
// after it for as long as it lives, and the browser lets go of it when the tab closes,
// reloads or crashes. A file a tab was adding (store.ts) is only swept once that lock is gone.

/** The part of `navigator.locks` used here. */
export type Locks = Pick<LockManager, 'request' | 'query'>;

const PREFIX = 'lastmile-tab:';

/** The page's lock manager, if the browser has one. */
export function browserLocks(): Locks | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
}

/** Holds this tab's lock for the life of the page (or until the function it resolves to is called); resolves once it is held. */
export function holdTabLock(locks: Locks, tab: string): Promise<() => void> {
  return new Promise((held) => {
    void locks.request(PREFIX + tab, () => new Promise<void>((release) => held(release)));
  });
}

/** Whether a tab is alive: its lock is held. Without Web Locks every tab counts as alive (nothing it adds is swept). */
export async function liveTabs(locks: Locks | undefined): Promise<(tab: string) => boolean> {
  if (!locks) return () => true;
  const { held = [] } = await locks.query();
  const names = new Set(held.map((l) => l.name));
  return (tab) => names.has(PREFIX + tab);
}
