// `lastmile report <project | bundle> --out report.html [--scenario <id>] [--lang <code>]`: the
// printable report the app makes (engine/report-html.ts, the same function), with every
// scenario planned (or the one named), in the language asked for (English by default). Open
// it in a browser and print to PDF.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { licenceWarnings } from '../core/export/licences.ts';
import { openNodeDb } from '../db/node-db.ts';
import { reportHtml } from '../engine/report-html.ts';
import { catalogueReportLanguage } from '../engine/report-words.ts';
import type { Language } from '../i18n/languages.ts';
import { reportFailure } from './cli-errors.ts';
import { chosenScenarios } from './plan-command.ts';
import { loadProjectInput } from './project-input.ts';
import { runAndPlan } from './run-and-plan.ts';
import type { PlanFlags } from './plan-command.ts';

export interface ReportFlags extends PlanFlags {
  /** The report's language (default English). */
  readonly language?: Language;
}

/** Writes the report of the project at `projectPath` to `outFile`; returns the exit status. */
export async function reportCommand(projectPath: string, outFile: string, flags: ReportFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const say = (line: string) => !flags.quiet && err.write(line + '\n');
  let db: Awaited<ReturnType<typeof openNodeDb>> | undefined;
  try {
    const { project, files, name } = await loadProjectInput(projectPath, flags.roots ?? []);
    const scenarios = project.scenarios?.length || flags.scenario !== undefined ? chosenScenarios(project.scenarios ?? [], flags.scenario, name) : [];
    db = await openNodeDb();
    const { run, plans } = await runAndPlan(db, project, files, name, scenarios, say);
    await mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
    await writeFile(outFile, reportHtml(run, plans, { date: new Date().toISOString().slice(0, 10), language: catalogueReportLanguage(flags.language) }));
    out.write(`${name}: report of ${run.opened.districts.ids.length} districts and ${plans.length} plan${plans.length === 1 ? '' : 's'} → ${outFile}\n`);
    for (const warning of licenceWarnings(project)) err.write(`lastmile: licence: ${warning}\n`);
    return 0;
  } catch (e) {
    return reportFailure(e, flags.debug, err);
  } finally {
    await db?.close();
  }
}
