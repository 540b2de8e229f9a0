// Where a stored project's files come from: files the planner added (kept in the browser's
// storage) and, for the bundled examples, the app's own data files.
import type { WorkspaceStore } from './storage/workspace-store.ts';
import { storeFiles } from './storage/project-files.ts';
import { bundledFiles } from './bundled-files.ts';
import { baseName, type FileSource } from '../engine/file-source.ts';
import { InputError } from '../core/report.ts';

/**
 * Added files first, then the bundled data of a bundled project (`bundled` = its repository
 * path). `stamp(name)` changes whenever the file `name` is stored again in this page.
 */
export function projectSources(store: WorkspaceStore, projectId: string, bundled: string | undefined, stamp: (name: string) => string = () => ''): FileSource {
  const added = storeFiles(store, projectId);
  const builtIn = bundled ? bundledFiles(bundled.split('/').slice(0, -1).join('/')) : null;
  return {
    // A stored file is replaced whole, and only through the session, which stamps each put;
    // size and time guard against another tab. The bundled data never changes while the app runs.
    async version(path) {
      const name = baseName(path);
      const blob = await store.getFile(projectId, name);
      if (blob) return `${projectId}/${name}:${stamp(name)}:${blob.size}:${blob instanceof File ? blob.lastModified : ''}`;
      return builtIn ? `app:${bundled}:${path}` : undefined;
    },
    async blob(path) {
      return store.getFile(projectId, baseName(path));
    },
    async read(path, signal) {
      try {
        return await added.read(path, signal);
      } catch (e) {
        if (builtIn && e instanceof InputError) return builtIn.read(path, signal);
        throw e;
      }
    },
  };
}
