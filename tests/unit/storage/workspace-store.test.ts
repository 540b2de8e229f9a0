import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { memoryStore, openIndexedDbStore, openWorkspaceStore } from '../../../src/app/storage/workspace-store.ts';
import { BYTES, ref, stored, storeSuite } from './store-suite.ts';

const dbName = () => `test-${Math.random().toString(36).slice(2)}`;

storeSuite('memory', async () => memoryStore());
storeSuite('IndexedDB', () => openIndexedDbStore(dbName(), new IDBFactory()));

describe('IndexedDB workspace store', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('what one connection saved, the next one reads (a reload)', async () => {
    const factory = new IDBFactory();
    const name = dbName();
    const first = await openIndexedDbStore(name, factory);
    await first.saveProject({ ...stored('a', 1000), files: { 'x.csv': ref('x') } });
    await first.putFile(ref('x'), new Blob(['1,2\n']), 'tab');
    await first.setLastOpened('a');
    first.close();
    const second = await openIndexedDbStore(name, factory);
    expect(await second.listProjects()).toEqual([{ id: 'a', title: 'Project a', updatedAt: 1000, files: 1 }]);
    expect(await second.getLastOpened()).toBe('a');
    second.close();
  });

  test('a full disk is reported with the usage and quota in MB', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 52_428_800, quota: 53_000_000 }) } });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const store = await openIndexedDbStore(dbName(), new IDBFactory());
    await expect(store.putFile(ref('t'), new Blob(['x']), 'tab', 'tiles.parquet')).rejects.toThrow(
      `could not save "tiles.parquet": the browser's storage is full: 52.4 MB used of 53.0 MB; delete projects or files you no longer need, or free disk space`,
    );
    store.close();
  });

  test('a newer version opened elsewhere closes this connection with a reason', async () => {
    const factory = new IDBFactory();
    const name = dbName();
    const store = await openIndexedDbStore(name, factory);
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(name, 3);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(store.listProjects()).rejects.toThrow('a newer version of Lastmile was opened in another tab; reload this page');
  });
});

describe('a workspace saved by schema version 1 (files under [projectId, name])', () => {
  /** Writes what Lastmile's version 1 store wrote: projects, and files keyed by project and name. */
  async function writeV1(factory: IDBFactory, name: string): Promise<void> {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('projects', { keyPath: 'id' });
        request.result.createObjectStore('files', { keyPath: ['projectId', 'name'] }).createIndex('by-project', 'projectId');
        request.result.createObjectStore('meta');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['projects', 'files', 'meta'], 'readwrite');
      tx.objectStore('projects').put(stored('a', 1000));
      tx.objectStore('files').put({ projectId: 'a', name: 't.csv', size: 300, data: new Blob([BYTES]) });
      tx.objectStore('files').put({ projectId: 'gone', name: 't.csv', size: 1, data: new Blob(['x']) });
      tx.objectStore('meta').put('a', 'last-opened');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }

  test('opens with every project naming its files, byte for byte; files of deleted projects go at the first sweep', async () => {
    const factory = new IDBFactory();
    const name = dbName();
    await writeV1(factory, name);
    const store = await openIndexedDbStore(name, factory);
    const a = await store.loadProject('a');
    expect(a?.files).toEqual({ 't.csv': { id: 'legacy:a/t.csv', size: 300 } });
    expect(new Uint8Array(await (await store.getFile('legacy:a/t.csv'))!.arrayBuffer())).toEqual(BYTES);
    expect(await store.getLastOpened()).toBe('a');
    expect(await store.listProjects()).toEqual([{ id: 'a', title: 'Project a', updatedAt: 1000, files: 1 }]);
    expect(await store.sweep(() => false)).toEqual({ files: 1, bytes: 1 });
    expect(await store.listFileIds()).toEqual(['legacy:a/t.csv']);
    store.close();
  });
});

describe('openWorkspaceStore', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('uses IndexedDB when it opens, and asks for persistent storage', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    const { store, persistent } = await openWorkspaceStore({ name: dbName(), factory: new IDBFactory() });
    expect(persistent).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    store.close();
  });

  test('a refused persistence request does not matter', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => Promise.reject(new Error('no')) } });
    const { store, persistent } = await openWorkspaceStore({ name: dbName(), factory: new IDBFactory() });
    expect(persistent).toBe(true);
    store.close();
  });

  test('falls back to memory when IndexedDB refuses to open (private browsing)', async () => {
    const factory = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const { store, persistent } = await openWorkspaceStore({ factory });
    expect(persistent).toBe(false);
    await store.saveProject(stored('a', 1));
    expect(await store.loadProject('a')).toEqual(stored('a', 1));
  });

  test('falls back to memory when IndexedDB never answers', async () => {
    const factory = { open: () => ({}) } as unknown as IDBFactory;
    const { persistent } = await openWorkspaceStore({ factory, timeoutMs: 5 });
    expect(persistent).toBe(false);
  });

  test('falls back to memory where there is no IndexedDB at all (Node)', async () => {
    expect((await openWorkspaceStore()).persistent).toBe(false);
  });
});
