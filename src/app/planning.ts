// The planner's planning commands: open, create, edit and delete scenarios (kept in the
// project, so the saved project plans identically with `lastmile plan`), run a plan, cancel or
// stop it, undo site edits, and solve the price-of-equity curve. The project keeps the last
// valid version of each scenario; a draft with problems stays in the editor until fixed.
import type { Project, Scenario } from '../core/project/types.ts';
import type { PlanContext } from '../engine/plan-read.ts';
import type { PlanRun } from '../engine/run-plan.ts';
import type { Action, AppState } from '../state/app-state.ts';
import { curveFloors, curvePoint, maximinScenario, scenarioAtFloor, type CurvePoint } from '../state/equity-curve.ts';
import type { PlanSolve } from '../state/planning.ts';
import { scenarioProblems, withScenario } from '../state/scenario-check.ts';
import { defaultScenario, editSite, type SiteEdit } from '../state/scenario-draft.ts';
import type { PlanRunner } from './plan-runner.ts';
import { plannerMessage } from './planner-message.ts';

export interface PlanningParts {
  readonly runner: PlanRunner;
  dispatch(action: Action): void;
  state(): AppState;
  /** The open project's last run (what a plan reads), or null before it has run. */
  context(): PlanContext | null;
  /** Makes `project` the open project and saves it (scenarios change no figure: nothing re-runs). */
  keepProject(project: Project): void;
}

/** Planning commands for the session. */
export class Planning {
  constructor(private readonly parts: PlanningParts) {}

  private get planning() {
    return this.parts.state().planning;
  }

  private get project(): Project | null {
    return this.parts.state().open?.project ?? null;
  }

  /** Opens the scenario `id` of the project in the editor (null: the first, or none). */
  open(id: string | null): void {
    const list = this.project?.scenarios ?? [];
    const scenario = list.find((s) => s.id === id) ?? list[0] ?? null;
    this.parts.dispatch({ type: 'plan/open', draft: scenario });
  }

  /** A new scenario with sensible defaults from the project's point layers (or a copy of the open one). */
  create(copy: boolean): void {
    const project = this.project;
    if (!project) return;
    const fresh = defaultScenario(project);
    if (!fresh) {
      this.parts.dispatch({ type: 'plan/failed', message: 'Add a point layer first (a population grid, schools, libraries…): a plan needs demand and candidate sites.' });
      return;
    }
    const draft = this.planning.draft;
    const scenario: Scenario = copy && draft ? { ...draft, id: fresh.id, label: `${draft.label ?? draft.id} (copy)` } : fresh;
    this.parts.dispatch({ type: 'plan/open', draft: scenario });
    this.keep(scenario);
  }

  /** The draft as the planner edited it; kept in the project when it has no problems. */
  edit(draft: Scenario): void {
    this.parts.dispatch({ type: 'plan/draft', draft });
    this.keep(draft);
  }

  /** Locks, rules out, releases or adds a candidate site of the draft (undoable). */
  editSite(edit: SiteEdit): void {
    const draft = this.planning.draft;
    if (!draft) return;
    const { scenario, undo } = editSite(draft, edit);
    this.parts.dispatch({ type: 'plan/site-edit', draft: scenario, undo });
    this.keep(scenario);
  }

  /** Takes back the last site edit. */
  undoSite(): void {
    this.parts.dispatch({ type: 'plan/site-undo' });
    const draft = this.planning.draft;
    if (draft) this.keep(draft);
  }

  /** Deletes a scenario from the project (its plan is forgotten). */
  remove(id: string): void {
    const project = this.project;
    if (!project) return;
    const scenarios = (project.scenarios ?? []).filter((s) => s.id !== id);
    const { scenarios: _all, ...rest } = project;
    this.parts.keepProject(scenarios.length ? { ...rest, scenarios } : rest);
    this.parts.dispatch({ type: 'plan/forget', scenarioId: id });
    this.open(null);
  }

  /** Plans the draft; the plan replaces the scenario's last plan. */
  async run(): Promise<void> {
    const draft = this.planning.draft;
    if (!draft || !this.runnable(draft)) return;
    this.keep(draft);
    const run = await this.solve(draft, 'plan');
    // Showing the plan is a second render: in its own task, so the main thread is never held
    // for the plan's figures and its tables and map layers at once.
    if (run) setTimeout(() => this.parts.dispatch({ type: 'plan/view', view: 'plan' }), 0);
  }

  /** Drops the running solve (and, for the curve, the points still to solve). */
  cancel(): void {
    this.parts.runner.cancel();
  }

  /** Ends the running solve now, keeping the best plan it has found. */
  stop(): void {
    this.parts.runner.stop();
  }

  /**
   * The price of equity for the draft: the highest district floor any plan within the limits
   * can keep is the maximin optimum; then one coverage plan per floor from 0 up to it.
   */
  async curve(steps = 6): Promise<void> {
    const draft = this.planning.draft;
    if (!draft || !this.runnable(draft)) return;
    this.parts.dispatch({ type: 'plan/curve', curve: { scenarioId: draft.id, points: [], total: 0 } });
    const top = await this.solve(maximinScenario(draft), 'curve');
    if (!top) return;
    const floors = curveFloors(top.figures.minDistrictShare, steps);
    const points: CurvePoint[] = [];
    this.parts.dispatch({ type: 'plan/curve', curve: { scenarioId: draft.id, points, total: floors.length } });
    for (const floor of floors) {
      const run = await this.solve(scenarioAtFloor(draft, floor), 'curve');
      if (!run) return;
      points.push(curvePoint(floor, run.plan, run.figures));
      this.parts.dispatch({ type: 'plan/curve', curve: { scenarioId: draft.id, points: [...points], total: floors.length } });
    }
  }

  /** Solves `scenario`; the PlanRun, or null when cancelled or failed (the planner is told). */
  private async solve(scenario: Scenario, purpose: PlanSolve['purpose']): Promise<PlanRun | null> {
    const context = this.parts.context();
    if (!context) return null;
    const { dispatch } = this.parts;
    dispatch({ type: 'plan/solving', solving: { scenarioId: scenario.id, purpose, started: performance.now(), label: 'starting', step: { code: 'starting', values: {} }, progress: null } });
    try {
      const run = await this.parts.runner.plan(context, scenario, (label, progress, step) => dispatch({ type: 'plan/progress', label, progress, ...(step ? { step } : {}) }));
      if (purpose === 'plan') dispatch({ type: 'plan/solved', run });
      dispatch({ type: 'plan/solving', solving: null });
      return run;
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') dispatch({ type: 'plan/solving', solving: null });
      else dispatch({ type: 'plan/failed', message: plannerMessage(e) });
      return null;
    }
  }

  private runnable(draft: Scenario): boolean {
    const project = this.project;
    return !!project && scenarioProblems(project, draft).length === 0;
  }

  /** Puts `scenario` into the project when it has no problems (an invalid draft stays in the editor only). */
  private keep(scenario: Scenario): void {
    const project = this.project;
    if (!project || scenarioProblems(project, scenario).length > 0) return;
    const current = project.scenarios?.find((s) => s.id === scenario.id);
    if (current !== scenario) this.parts.keepProject(withScenario(project, scenario));
  }
}
