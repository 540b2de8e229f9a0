// Where a stored project's files come from: files the planner added (kept in the browser's
// storage by content) and, for the bundled examples, the app's own data files.
import type { ProjectFiles, WorkspaceStore } from './storage/workspace-store.ts';
import { storeFiles } from './storage/project-files.ts';
import { bundledFiles } from './bundled-files.ts';
import { baseName, type FileSource } from '../engine/file-source.ts';

/** Added files first (`files`: the project's names → stored files), then the bundled data of a bundled project (`bundled` = its repository path). */
export function projectSources(store: WorkspaceStore, files: ProjectFiles, bundled: string | undefined): FileSource {
  const added = storeFiles(store, files);
  const builtIn = bundled ? bundledFiles(bundled.split('/').slice(0, -1).join('/')) : null;
  const isAdded = (path: string) => baseName(path) in files;
  return {
    // A stored file's id is its content, so it is its version; the bundled data never changes while the app runs.
    async version(path) {
      if (isAdded(path)) return added.version!(path);
      return builtIn ? `app:${bundled}:${path}` : undefined;
    },
    blob: (path) => added.blob(path),
    read(path, signal) {
      return isAdded(path) || !builtIn ? added.read(path, signal) : builtIn.read(path, signal);
    },
  };
}
