// The files of a project built in the browser, read by the engine like files on disk. A
// project refers to a file by its path; the workspace keeps it under its base name, the
// name it had when the planner added it.

import type { Project } from '../../core/project/types.ts';
import { baseName, type FileSource } from '../../engine/file-source.ts';
import { InputError } from '../../core/report.ts';
import type { WorkspaceStore } from './store.ts';

/** Reads files of stored project `projectId` by the base name of the path asked for. */
export function storeFiles(store: WorkspaceStore, projectId: string): FileSource {
  return {
    async read(path, signal) {
      signal?.throwIfAborted();
      const name = baseName(path);
      const blob = await store.getFile(projectId, name);
      if (!blob) throw new InputError({ file: name, reason: "not in this project's files; add it again" });
      signal?.throwIfAborted();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      signal?.throwIfAborted();
      return bytes;
    },
  };
}

/** Base names of every file `project` refers to (boundaries first, then tables, tiles, points), each once. */
export function projectFileNames(project: Project): string[] {
  const paths = [project.districts.file, ...[...(project.tables ?? []), ...(project.tiles ?? []), ...(project.points ?? [])].map((layer) => layer.file)];
  return [...new Set(paths.filter((path) => path !== '').map(baseName))];
}

/** Base names of the files `project` refers to that stored project `projectId` lacks, in the order of projectFileNames. */
export async function missingFiles(store: WorkspaceStore, projectId: string, project: Project): Promise<string[]> {
  const stored = new Set((await store.listFiles(projectId)).map((file) => file.name));
  return projectFileNames(project).filter((name) => !stored.has(name));
}
