// The files of a project built in the browser, read by the engine like files on disk. A
// project refers to a file by its path; the workspace keeps, per base name, the exact file
// the planner confirmed (store.ts), so two files that share a name never stand in for each other.

import type { Project } from '../../core/project/types.ts';
import { baseName, type FileSource } from '../../engine/file-source.ts';
import { InputError } from '../../core/report.ts';
import type { FileRef, ProjectFiles, WorkspaceStore } from './store.ts';

/** Reads the files named in `files` by the base name of the path asked for; `version` is the content id. */
export function storeFiles(store: WorkspaceStore, files: ProjectFiles): FileSource & { blob(path: string): Promise<Blob | undefined> } {
  const refOf = (path: string) => files[baseName(path)];
  return {
    async version(path) {
      return refOf(path)?.id;
    },
    async blob(path) {
      const ref = refOf(path);
      return ref && store.getFile(ref.id);
    },
    async read(path, signal) {
      signal?.throwIfAborted();
      const name = baseName(path);
      const ref = files[name];
      const blob = ref && (await store.getFile(ref.id));
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

/** Base names of the files `project` refers to that `files` lacks, in the order of projectFileNames. */
export function missingFiles(files: ProjectFiles, project: Project): string[] {
  return projectFileNames(project).filter((name) => !(name in files));
}

/** Only the files `project` refers to (what a reopened project keeps; the others were removed layers). */
export function filesInUse(files: ProjectFiles, project: Project): ProjectFiles {
  return Object.fromEntries(projectFileNames(project).flatMap((name) => (files[name] ? [[name, files[name]]] : [])));
}

/**
 * The name under which file `name` with content `ref` joins `project`: its own name unless
 * that already means other bytes (another file of the project, or a bundled one), else
 * "name (2).ext", "name (3).ext"… The same bytes added again keep the name they have.
 */
export function nameForFile(name: string, ref: FileRef, files: ProjectFiles, project: Project | null): string {
  const used = new Set(project ? projectFileNames(project) : []);
  const free = (n: string) => (files[n] ? files[n].id === ref.id : !used.has(n));
  if (free(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let k = 2; ; k++) {
    const candidate = `${stem} (${k})${ext}`;
    if (free(candidate)) return candidate;
  }
}
