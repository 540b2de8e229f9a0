import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosaver, saveWhenHidden } from '../../../src/app/storage/autosave.ts';
import { memoryStore, type StoredProject, type WorkspaceStore } from '../../../src/app/storage/workspace-store.ts';
import { stored } from './store-suite.ts';

/** A memory store that records the titles it saved, in order. */
function recordingStore(): { store: WorkspaceStore; saved: string[] } {
  const store = memoryStore();
  const saved: string[] = [];
  const saveProject = store.saveProject;
  return { store: { ...store, saveProject: (p: StoredProject) => (saved.push(p.title), saveProject(p)) }, saved };
}

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('ten changes a second are saved once, 500 ms after the last', async () => {
    const { store, saved } = recordingStore();
    const autosaver = createAutosaver(store);
    for (let i = 1; i <= 10; i++) {
      autosaver.schedule(stored('a', i, `v${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['v10']);
    expect((await store.loadProject('a'))?.title).toBe('v10');
  });

  test('changes that never pause are still saved every maxWaitMs', async () => {
    const { store, saved } = recordingStore();
    const autosaver = createAutosaver(store, { delayMs: 500, maxWaitMs: 2000 });
    for (let i = 1; i <= 30; i++) {
      autosaver.schedule(stored('a', i, `v${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // Changes at 0, 100, …, 2900 ms: the first wait is capped at 2000 ms (v20 is the latest then);
    // the rest, v21–v30, never reach the cap and are saved 500 ms after the last, at 3400 ms.
    expect(saved).toEqual(['v20']);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['v20', 'v30']);
  });

  test('a pending save of one project survives switching to another', async () => {
    const { store, saved } = recordingStore();
    const autosaver = createAutosaver(store);
    autosaver.schedule(stored('a', 1, 'a1'));
    autosaver.schedule(stored('b', 2, 'b1'));
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['a1', 'b1']);
  });

  test('flush saves at once and cancels the timer', async () => {
    const { store, saved } = recordingStore();
    const autosaver = createAutosaver(store);
    autosaver.schedule(stored('a', 1, 'a1'));
    await autosaver.flush();
    expect(saved).toEqual(['a1']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['a1']);
    await autosaver.flush();
    expect(saved).toEqual(['a1']);
  });

  test('a failed save goes to onError, never to the caller, and later saves still run', async () => {
    const store = memoryStore();
    const failing: WorkspaceStore = { ...store, saveProject: async (p) => (p.title === 'bad' ? Promise.reject(new Error('disk full')) : store.saveProject(p)) };
    const onError = vi.fn();
    const autosaver = createAutosaver(failing, { onError });
    autosaver.schedule(stored('a', 1, 'bad'));
    await expect(autosaver.flush()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(new Error('disk full'), stored('a', 1, 'bad'));
    autosaver.schedule(stored('a', 2, 'good'));
    await autosaver.flush();
    expect((await store.loadProject('a'))?.title).toBe('good');
  });

  test('saves land in the order they were made', async () => {
    const store = memoryStore();
    const order: string[] = [];
    const slow: WorkspaceStore = {
      ...store,
      saveProject: async (p) => {
        await new Promise((resolve) => setTimeout(resolve, p.title === 'first' ? 300 : 10));
        order.push(p.title);
        return store.saveProject(p);
      },
    };
    const autosaver = createAutosaver(slow);
    autosaver.schedule(stored('a', 1, 'first'));
    const first = autosaver.flush();
    autosaver.schedule(stored('a', 2, 'second'));
    const second = autosaver.flush();
    await vi.advanceTimersByTimeAsync(400);
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect((await store.loadProject('a'))?.title).toBe('second');
  });
});

describe('saveWhenHidden', () => {
  test('flushes when the page is hidden, not when it is shown, until stopped', () => {
    const page = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
    const flush = vi.fn(async () => undefined);
    const stop = saveWhenHidden({ schedule: () => undefined, flush }, page as unknown as Document);
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledOnce();
    stop();
    page.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledOnce();
  });
});
