// `lastmile run <project | bundle.lastmile.zip> --out <dir>`: the same engine, SQL and numbers as the browser app,
// on duckdb-wasm's Node build; writes districts.csv, tiles.<name>.csv, inequality.csv and
// report.json. Bad input ends with a message naming file, row and column — never a stack trace.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openNodeDb } from '../db/node-db.ts';
import { inProcessCompute } from '../compute/in-process.ts';
import { outputFiles } from '../engine/outputs.ts';
import { runProject } from '../engine/run-project.ts';
import { reportFailure } from './cli-errors.ts';
import { loadProjectInput } from './project-input.ts';

export interface RunFlags {
  readonly quiet: boolean;
  readonly debug: boolean;
  /** Folders the project's files may lie in (`--root`); the project file's folder when empty. */
  readonly roots?: readonly string[];
}

/** Runs the project and writes its outputs; returns the exit status. */
export async function runCommand(projectPath: string, outDir: string, flags: RunFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const say = (line: string) => !flags.quiet && err.write(line + '\n');
  let db: Awaited<ReturnType<typeof openNodeDb>> | undefined;
  try {
    const { project, files: input, name } = await loadProjectInput(projectPath, flags.roots ?? []);
    const started = performance.now();
    db = await openNodeDb();
    let last = '';
    const run = await runProject(db, project, input, inProcessCompute, {
      projectFile: name,
      onProgress: (_done, _total, label) => {
        if (label && label !== last && label !== 'done') say(`  ${label}`);
        last = label ?? last;
      },
    });
    for (const note of run.report.notes) err.write(`lastmile: note: ${note}\n`);
    await mkdir(outDir, { recursive: true });
    const files = outputFiles(run);
    for (const [file, text] of Object.entries(files)) await writeFile(path.join(outDir, file), text);
    out.write(`${name}: ${run.opened.districts.ids.length} districts, ${run.columns.length} indicator columns → ${Object.keys(files).join(', ')} in ${outDir} (${Math.round(performance.now() - started)} ms)\n`);
    return 0;
  } catch (e) {
    return reportFailure(e, flags.debug, err);
  } finally {
    await db?.close();
  }
}
