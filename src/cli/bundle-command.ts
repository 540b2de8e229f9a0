// `lastmile bundle <project> --out <name>.lastmile.zip`: runs the project, plans every
// scenario, and packs the project, its data files and every output into one plan bundle with
// a SHA-256 manifest — the same bundle the app's Export menu makes (large tables as Parquet).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { licenceWarnings } from '../core/export/licences.ts';
import { openNodeDb } from '../db/node-db.ts';
import { makeBundle } from '../engine/bundle.ts';
import { parquetConverter } from '../engine/bundle-parquet.ts';
import { studyOutputs } from '../engine/study-outputs.ts';
import { reportFailure } from './cli-errors.ts';
import { loadProjectInput } from './project-input.ts';
import { runAndPlan } from './run-and-plan.ts';
import type { RunFlags } from './run-command.ts';

/** Writes the bundle of the project at `projectPath` to `outFile`; returns the exit status. */
export async function bundleCommand(projectPath: string, outFile: string, flags: RunFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const say = (line: string) => !flags.quiet && err.write(line + '\n');
  let db: Awaited<ReturnType<typeof openNodeDb>> | undefined;
  try {
    const { project, files, name } = await loadProjectInput(projectPath, flags.roots ?? []);
    db = await openNodeDb();
    const { run, plans } = await runAndPlan(db, project, files, name, project.scenarios ?? [], say);
    // Large tables travel as Parquet, read by this same database's CSV loader.
    const zip = await makeBundle(project, files, studyOutputs(run, plans), { convert: parquetConverter(db) });
    await mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
    await writeFile(outFile, zip);
    out.write(`${name}: bundle of ${run.opened.districts.ids.length} districts and ${plans.length} plan${plans.length === 1 ? '' : 's'} → ${outFile} (${(zip.length / 1e6).toFixed(1)} MB)\n`);
    // Licence terms travel with the bundle (manifest.json) and are said here too, even with --quiet.
    for (const warning of licenceWarnings(project)) err.write(`lastmile: licence: ${warning}\n`);
    return 0;
  } catch (e) {
    return reportFailure(e, flags.debug, err);
  } finally {
    await db?.close();
  }
}
