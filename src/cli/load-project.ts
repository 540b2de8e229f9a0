// Reads and validates a project file from disk for the CLI; problems become one
// ProjectFileError whose message lists every one (file, key, reason).
import { readFile, stat } from 'node:fs/promises';
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

/** A project file is a few kilobytes; anything this large is not one (bytes). */
const MAX_PROJECT_BYTES = 16 * 1024 * 1024;

function reason(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a project file';
    case 'ENOTFILE':
      return 'is not a regular file (a named pipe or a device?); save the project to a file and name that';
    case 'EFBIG':
      return `is larger than ${MAX_PROJECT_BYTES / 1024 ** 2} MB, too large for a project file; is it a data file?`;
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return `cannot be read (${code ?? 'error'})`;
  }
}

/** The validated project at `projectPath`. */
export async function loadProjectFile(projectPath: string): Promise<LoadedProjectFile> {
  const name = path.basename(projectPath);
  let text: string;
  try {
    // stat first: reading a named pipe (FIFO) would wait for a writer for ever.
    const s = await stat(projectPath);
    if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!s.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    if (s.size > MAX_PROJECT_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    text = await readFile(projectPath, 'utf8');
  } catch (e) {
    throw new ProjectFileError(`${projectPath}: ${reason((e as NodeJS.ErrnoException).code)}`);
  }
  const result = parseProjectText(text, name);
  if (!result.ok) throw new ProjectFileError(formatProjectErrors(result.errors));
  return { project: result.project, dir: path.dirname(path.resolve(projectPath)), name };
}
