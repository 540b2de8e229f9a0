// `lastmile check <project>`: validates a project file without reading its data.
import { ProjectFileError } from './cli-errors.ts';
import { loadProjectInput } from './project-input.ts';

/** Exit status 0 when the project file is valid, 1 with the problems otherwise. */
export async function checkCommand(projectPath: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  try {
    const { project, name } = await loadProjectInput(projectPath);
    out.write(`${name}: valid (lastmile ${project.lastmile}, "${project.title}")\n`);
    return 0;
  } catch (e) {
    if (e instanceof ProjectFileError) {
      err.write(e.message + '\n');
      return 1;
    }
    throw e;
  }
}
