// One behavioural suite for every WorkspaceStore: memory and IndexedDB (fake-indexeddb in
// Node) must behave the same, since the app falls back from one to the other.

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { StoredProject, WorkspaceStore } from '../../../src/app/storage/workspace-store.ts';

/** A stored project with a small project JSON. */
export function stored(id: string, updatedAt: number, title = `Project ${id}`): StoredProject {
  return { id, title, updatedAt, project: { lastmile: 1, title, districts: { file: 'districts.geojson', id: 'id', name: 'name' } } };
}

/** Every byte value, then some, so a lossy text round trip would show. */
export const BYTES = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);

export function storeSuite(kind: string, open: () => Promise<WorkspaceStore>): void {
  describe(`${kind} workspace store`, () => {
    let store: WorkspaceStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    test('a saved project loads back equal, as a copy', async () => {
      const p = { ...stored('a', 1000), bundled: 'examples/kenya.lastmile.json' };
      await store.saveProject(p);
      const loaded = await store.loadProject('a');
      expect(loaded).toEqual(p);
      expect(loaded).not.toBe(p);
      expect(await store.loadProject('nope')).toBeUndefined();
    });

    test('saving again replaces the project', async () => {
      await store.saveProject(stored('a', 1000, 'Old'));
      await store.saveProject(stored('a', 2000, 'New'));
      expect(await store.listProjects()).toEqual([{ id: 'a', title: 'New', updatedAt: 2000, files: 0 }]);
    });

    test('projects are listed most recently updated first, ties by id, with their file counts', async () => {
      await store.saveProject(stored('old', 1000));
      await store.saveProject(stored('new', 3000));
      await store.saveProject(stored('mid-b', 2000));
      await store.saveProject(stored('mid-a', 2000));
      await store.putFile('new', 'a.csv', new Blob(['x']));
      await store.putFile('new', 'b.csv', new Blob(['y']));
      const list = await store.listProjects();
      expect(list.map((s) => s.id)).toEqual(['new', 'mid-a', 'mid-b', 'old']);
      expect(list.map((s) => s.files)).toEqual([2, 0, 0, 0]);
    });

    test('files round-trip byte for byte, whatever their name', async () => {
      const names = ['plain.csv', 'with spaces 🛰️ données.parquet', 'ke_counties.geojson'];
      for (const name of names) await store.putFile('p', name, new Blob([BYTES]));
      for (const name of names) {
        const blob = await store.getFile('p', name);
        expect(blob).toBeDefined();
        expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(BYTES);
      }
      expect(await store.getFile('p', 'missing.csv')).toBeUndefined();
      expect(await store.getFile('other', 'plain.csv')).toBeUndefined();
    });

    test('files are listed by name with their sizes in bytes, per project', async () => {
      await store.putFile('p', 'b.csv', new Blob([BYTES]));
      await store.putFile('p', 'a b 🙂.csv', new Blob(['hello']));
      await store.putFile('q', 'c.csv', new Blob(['q']));
      await store.putFile('p', 'b.csv', new Blob(['replaced']));
      expect(await store.listFiles('p')).toEqual([
        { name: 'a b 🙂.csv', size: 5 },
        { name: 'b.csv', size: 8 },
      ]);
      await store.deleteFile('p', 'b.csv');
      expect(await store.listFiles('p')).toEqual([{ name: 'a b 🙂.csv', size: 5 }]);
      expect(await store.listFiles('q')).toEqual([{ name: 'c.csv', size: 1 }]);
    });

    test('deleting a project deletes its files and its last-opened mark, and nothing else', async () => {
      await store.saveProject(stored('a', 1000));
      await store.saveProject(stored('b', 2000));
      await store.putFile('a', 'x.csv', new Blob(['1']));
      await store.putFile('a', 'y.csv', new Blob(['2']));
      await store.putFile('b', 'x.csv', new Blob(['3']));
      await store.setLastOpened('a');
      await store.deleteProject('a');
      expect(await store.loadProject('a')).toBeUndefined();
      expect(await store.listFiles('a')).toEqual([]);
      expect(await store.getFile('a', 'x.csv')).toBeUndefined();
      expect(await store.listProjects()).toEqual([{ id: 'b', title: 'Project b', updatedAt: 2000, files: 1 }]);
      expect(await store.getLastOpened()).toBeUndefined();
    });

    test('deleting another project keeps the last-opened mark', async () => {
      await store.saveProject(stored('a', 1000));
      await store.saveProject(stored('b', 2000));
      await store.setLastOpened('a');
      await store.deleteProject('b');
      expect(await store.getLastOpened()).toBe('a');
    });

    test('the last opened project is remembered', async () => {
      expect(await store.getLastOpened()).toBeUndefined();
      await store.setLastOpened('a');
      await store.setLastOpened('b');
      expect(await store.getLastOpened()).toBe('b');
    });

    test('a project that cannot be stored is refused with a message naming it', async () => {
      const bad = { ...stored('f', 1), project: { notData: () => 1 } };
      await expect(store.saveProject(bad)).rejects.toThrow(/^could not save project "Project f": /);
      expect(await store.loadProject('f')).toBeUndefined();
    });

    test('after close, calls reject', async () => {
      store.close();
      await expect(store.listProjects()).rejects.toThrow('could not list the projects: the workspace store is closed');
    });
  });
}
