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
  let listing: Promise<Map<string, number>> | undefined;
  return {
    // A stored file is replaced whole, and only through the session, which stamps each put;
    // its size guards against another tab. The bundled data never changes while the app runs.
    // One listing per source (a source serves one run) instead of one IndexedDB read per file.
    async version(path) {
      const name = baseName(path);
      listing ??= store.listFiles(projectId).then((files) => new Map(files.map((f) => [f.name, f.size])));
      const size = (await listing).get(name);
      if (size !== undefined) return `${projectId}/${name}:${stamp(name)}:${size}`;
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
