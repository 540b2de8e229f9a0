// What `lastmile run`, `plan`, `check` and `report` are given: a project file (its data
// files beside it on disk) or a plan bundle (`.lastmile.zip`), whose data files are read from
// the zip alone — a bundle never reaches a file outside itself.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Project } from '../core/project/types.ts';
import { InputError } from '../core/report.ts';
import { isBundleName, openBundle } from '../engine/bundle-open.ts';
import type { FileSource } from '../engine/file-source.ts';
import { diskFiles } from '../engine/node-files.ts';
import { ProjectFileError } from './cli-errors.ts';
import { loadProjectFile } from './load-project.ts';

export interface ProjectInput {
  readonly project: Project;
  /** Where the project's files are read from. */
  readonly files: FileSource;
  /** The name given in messages and in report.json. */
  readonly name: string;
}

/** The validated project at `projectPath` (a project file or a bundle) and its files; a project file's data must lie under its folder or one of `roots` (--root). */
export async function loadProjectInput(projectPath: string, roots: readonly string[] = []): Promise<ProjectInput> {
  if (!isBundleName(projectPath)) {
    const { project, dir, name } = await loadProjectFile(projectPath);
    return { project, files: diskFiles(dir, { roots: roots.length ? roots : [dir] }), name };
  }
  const name = path.basename(projectPath);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(projectPath));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProjectFileError(`${projectPath}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a bundle' : (e as Error).message}`);
  }
  try {
    const bundle = await openBundle(bytes, name);
    return { project: bundle.project, files: bundle.files, name };
  } catch (e) {
    if (e instanceof InputError) throw new ProjectFileError(e.message);
    throw e;
  }
}
