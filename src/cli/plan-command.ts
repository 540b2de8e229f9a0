// `lastmile plan <project | bundle> [--scenario <id>] --out <dir>`: plans one siting scenario (or every
// one) with the same engine as the app, and writes plan.<id>.csv and plan.<id>.json. Progress
// (phase, best objective, bound) goes to stderr; a floor that cannot be kept is said plainly
// with the budget that would keep it. Exit statuses as `run`: 0 done (a plan that misses a
// floor is still a plan, and its files say so), 1 bad project or input file, 2 bad usage.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { closest } from '../core/project/suggest.ts';
import type { Scenario } from '../core/project/types.ts';
import { openNodeDb } from '../db/node-db.ts';
import { inProcessCompute } from '../compute/in-process.ts';
import { floorMessage, planFiles, planMessages } from '../engine/plan-outputs.ts';
import { planSitesGeoJson } from '../engine/plan-geojson.ts';
import { planScenario, solveProgress, type PlanRun } from '../engine/run-plan.ts';
import { runProject } from '../engine/run-project.ts';
import { ProjectFileError, reportFailure } from './cli-errors.ts';
import { loadProjectInput } from './project-input.ts';
import type { RunFlags } from './run-command.ts';

export interface PlanFlags extends RunFlags {
  /** Plan only this scenario; absent: every scenario. */
  readonly scenario?: string;
}

/** Plans the scenarios and writes their files; returns the exit status. */
export async function planCommand(projectPath: string, outDir: string, flags: PlanFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const say = (line: string) => !flags.quiet && err.write(line + '\n');
  let db: Awaited<ReturnType<typeof openNodeDb>> | undefined;
  try {
    const { project, files: input, name } = await loadProjectInput(projectPath, flags.roots ?? []);
    const scenarios = chosenScenarios(project.scenarios ?? [], flags.scenario, name);
    db = await openNodeDb();
    let last = '';
    const progress = (_done: number, _total: number, label?: string, detail?: unknown) => {
      const p = solveProgress(detail);
      const line = p ? `  ${p.phase}: best ${p.objective === null ? '—' : figure(p.objective)}, bound ${p.bound === null ? '—' : figure(p.bound)}` : `  ${label ?? ''}`;
      if (line.trim() && line !== last && label !== 'done') say(line);
      last = line;
    };
    const run = await runProject(db, project, input, inProcessCompute, { projectFile: name, onProgress: progress });
    for (const note of run.report.notes) err.write(`lastmile: note: ${note}\n`);
    await mkdir(outDir, { recursive: true });
    for (const scenario of scenarios) {
      const started = performance.now();
      const planned = await planScenario(db, run, scenario, inProcessCompute, { onProgress: progress });
      // The chosen sites as GeoJSON too, for GIS tools (the app's plan export offers the same file).
      const files = { ...planFiles(planned), [`plan.${scenario.id}.geojson`]: planSitesGeoJson(planned) };
      for (const [file, text] of Object.entries(files)) await writeFile(path.join(outDir, file), text);
      out.write(`${summary(planned)} → ${Object.keys(files).join(', ')} in ${outDir} (${Math.round(performance.now() - started)} ms)\n`);
      // A floor not kept is said even with --quiet (the files are written, but the goal is
      // missed); without --quiet it is among the plan's messages, so it is said once.
      const floors = floorMessage(planned);
      const messages = flags.quiet ? (floors === null ? [] : [floors]) : planMessages(planned);
      for (const message of messages) err.write(`lastmile: ${scenario.id}: ${message}\n`);
    }
    return 0;
  } catch (e) {
    return reportFailure(e, flags.debug, err);
  } finally {
    await db?.close();
  }
}

/** The scenario named by --scenario (or every one); an unknown name is a project error naming those that exist. */
export function chosenScenarios(scenarios: readonly Scenario[], id: string | undefined, file: string): readonly Scenario[] {
  const ids = scenarios.map((s) => s.id);
  if (scenarios.length === 0) throw new ProjectFileError(`${file}: the project has no "scenarios" to plan`);
  if (id === undefined) return scenarios;
  const scenario = scenarios.find((s) => s.id === id);
  if (scenario) return [scenario];
  const guess = closest(id, ids);
  throw new ProjectFileError(`${file}: no scenario "${id}"${guess ? `; did you mean "${guess}"?` : ''} (scenarios: ${ids.join(', ')})`);
}

const figure = (x: number) => (Math.abs(x) <= 1 ? x.toFixed(4) : Math.round(x).toLocaleString('en'));

/** One line: sites, covered weight and share, cost, bound and gap, solver and status. */
function summary(run: PlanRun): string {
  const f = run.figures;
  const total = run.instance.demandWeight.reduce((a, b) => a + b, 0);
  const bound = run.plan.bound === null ? '' : `, bound ${figure(run.plan.bound)}${run.plan.gap === null ? '' : ` (gap ${(100 * run.plan.gap).toFixed(2)} %)`}`;
  return `plan.${run.scenario.id}: ${run.sites.length} sites, covered ${figure(f.coveredWeight)} of ${figure(total)} (${((100 * f.coveredWeight) / (total || 1)).toFixed(1)} %), cost ${figure(f.cost)}${bound}, ${run.plan.status === run.plan.solver ? run.plan.solver : `${run.plan.solver} ${run.plan.status}`} in ${run.plan.seconds.toFixed(1)} s`;
}
