// One behavioural suite for every WorkspaceStore: memory and IndexedDB (fake-indexeddb in
// Node) must behave the same, since the app falls back from one to the other.

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FileRef, StoredProject, WorkspaceStore } from '../../../src/app/storage/workspace-store.ts';

/** A stored project with a small project JSON. */
export function stored(id: string, updatedAt: number, title = `Project ${id}`): StoredProject {
  return { id, title, updatedAt, project: { lastmile: 1, title, districts: { file: 'districts.geojson', id: 'id', name: 'name' } } };
}

/** A file reference with a made-up content id (the store does not check ids against bytes). */
export function ref(id: string, size = 1): FileRef {
  return { id: `id-${id}`, size };
}

/** This tab and another, as their adding marks name them. */
const TAB = 'tab-1';
const OTHER_TAB = 'tab-2';

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
      await store.saveProject({ ...stored('new', 3000), files: { 'a.csv': ref('x'), 'b.csv': ref('y') } });
      await store.saveProject(stored('mid-b', 2000));
      await store.saveProject(stored('mid-a', 2000));
      const list = await store.listProjects();
      expect(list.map((s) => s.id)).toEqual(['new', 'mid-a', 'mid-b', 'old']);
      expect(list.map((s) => s.files)).toEqual([2, 0, 0, 0]);
    });

    test('files round-trip byte for byte by content id; the same id is stored once', async () => {
      await store.putFile(ref('bytes'), new Blob([BYTES]), TAB);
      await store.putFile(ref('bytes'), new Blob(['other bytes under the same id are not written']), TAB);
      const blob = await store.getFile(ref('bytes').id);
      expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(BYTES);
      expect(await store.getFile('missing')).toBeUndefined();
      expect(await store.listFileIds()).toEqual([ref('bytes').id]);
    });

    test('Cancel (discard) leaves nothing behind, unless a project refers to the file or another tab is adding it', async () => {
      await store.putFile(ref('alone'), new Blob(['1']), TAB);
      await store.putFile(ref('kept'), new Blob(['2']), TAB);
      await store.saveProject({ ...stored('p', 1), files: { 't.csv': ref('kept') } });
      await store.putFile(ref('shared'), new Blob(['3']), TAB);
      await store.putFile(ref('shared'), new Blob(['3']), OTHER_TAB);
      for (const id of ['alone', 'kept', 'shared']) await store.discardFile(ref(id).id, TAB);
      expect(await store.listFileIds()).toEqual([ref('kept').id, ref('shared').id]);
      await store.discardFile(ref('shared').id, OTHER_TAB);
      expect(await store.listFileIds()).toEqual([ref('kept').id]);
    });

    test('a sweep removes the marks of dead tabs, then every file nothing holds, and says how many bytes went', async () => {
      await store.putFile(ref('reloaded', 5), new Blob(['12345']), 'gone-tab');
      await store.putFile(ref('adding'), new Blob(['1']), OTHER_TAB);
      await store.putFile(ref('confirmed'), new Blob(['1']), TAB);
      await store.saveProject({ ...stored('p', 1), files: { 'c.csv': ref('confirmed') } });
      await store.settleFile(ref('confirmed').id, TAB);
      expect(await store.sweep((tab) => tab !== 'gone-tab')).toEqual({ files: 1, bytes: 5 });
      expect(await store.listFileIds()).toEqual([ref('adding').id, ref('confirmed').id]);
      // The tab that was adding closes: its file goes at the next sweep.
      expect(await store.sweep((tab) => tab === TAB)).toEqual({ files: 1, bytes: 1 });
      expect(await store.listFileIds()).toEqual([ref('confirmed').id]);
    });

    test('deleting a project deletes the files only it referred to, and its last-opened mark', async () => {
      await store.saveProject({ ...stored('a', 1000), files: { 'x.csv': ref('ax'), 'y.csv': ref('both') } });
      await store.saveProject({ ...stored('b', 2000), files: { 'x.csv': ref('both') } });
      for (const id of ['ax', 'both']) {
        await store.putFile(ref(id), new Blob([id]), TAB);
        await store.settleFile(ref(id).id, TAB);
      }
      await store.setLastOpened('a');
      await store.deleteProject('a');
      expect(await store.loadProject('a')).toBeUndefined();
      expect(await store.listFileIds()).toEqual([ref('both').id]);
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
