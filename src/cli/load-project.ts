// Reads and validates a project file from disk for the CLI; problems become one
// ProjectFileError whose message lists every one (file, key, reason).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Project } from '../core/project/types.ts';
import { formatProjectErrors, parseProjectText } from '../core/project/validate.ts';
import { ProjectFileError } from './cli-errors.ts';

export interface LoadedProjectFile {
  readonly project: Project;
  /** Folder the project's relative paths are resolved against. */
  readonly dir: string;
  readonly name: string;
}

/** The validated project at `projectPath`. */
export async function loadProjectFile(projectPath: string): Promise<LoadedProjectFile> {
  const name = path.basename(projectPath);
  let text: string;
  try {
    text = await readFile(projectPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProjectFileError(`${projectPath}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a project file' : (e as Error).message}`);
  }
  const result = parseProjectText(text, name);
  if (!result.ok) throw new ProjectFileError(formatProjectErrors(result.errors));
  return { project: result.project, dir: path.dirname(path.resolve(projectPath)), name };
}
