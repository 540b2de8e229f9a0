// Where a stored project's files come from: files the planner added (kept in the browser's
// storage) and, for the bundled examples, the app's own data files.
import type { WorkspaceStore } from './storage/workspace-store.ts';
import { storeFiles } from './storage/project-files.ts';
import { bundledFiles } from './bundled-files.ts';
import { baseName, type FileSource } from '../engine/file-source.ts';
import { InputError } from '../core/report.ts';

/** Added files first, then the bundled data of a bundled project (`bundled` = its repository path). */
export function projectSources(store: WorkspaceStore, projectId: string, bundled: string | undefined): FileSource {
  const added = storeFiles(store, projectId);
  const builtIn = bundled ? bundledFiles(bundled.split('/').slice(0, -1).join('/')) : null;
  return {
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
