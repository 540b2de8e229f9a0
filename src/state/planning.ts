// The planning part of the app state: which scenario is open and its draft, the site edits
// that can be undone, the solve in progress, the last plan of each scenario, the comparison
// and the price-of-equity curve. Pure: the session dispatches, React renders.
import type { ProgressStep } from '../core/progress-steps.ts';
import type { Scenario } from '../core/project/types.ts';
import type { SolveProgress } from '../core/siting/types.ts';
import type { PlanRun } from '../engine/run-plan.ts';
import type { CurvePoint } from './equity-curve.ts';
import { emptyHistory, pop, push, type Entry, type History } from './history.ts';
import { undoSiteEdit, type SiteLists } from './scenario-draft.ts';

/** What the planning panel shows. */
export type PlanView = 'edit' | 'plan' | 'compare' | 'curve';

export interface PlanSolve {
  readonly scenarioId: string;
  /** What the solve is for: the scenario's plan, or a point of its equity curve. */
  readonly purpose: 'plan' | 'curve';
  /** performance.now() when it started, ms. */
  readonly started: number;
  readonly label: string;
  /** The label as a code and values, for the panel to word (absent: the label as it is). */
  readonly step?: ProgressStep;
  readonly progress: SolveProgress | null;
}

export interface EquityCurveState {
  readonly scenarioId: string;
  readonly points: readonly CurvePoint[];
  /** Floors to solve in all (0 until the highest feasible floor is known). */
  readonly total: number;
}

export interface PlanningState {
  readonly mode: 'indicators' | 'plan';
  readonly view: PlanView;
  /** The scenario open in the editor, as edited (the project keeps its last valid version). */
  readonly draft: Scenario | null;
  /** Site edits (lock, rule out, add) of the draft that Undo takes back, newest last. */
  readonly siteHistory: History<SiteLists>;
  readonly solving: PlanSolve | null;
  /** The last plan of each scenario, by id. */
  readonly plans: Readonly<Record<string, PlanRun>>;
  readonly compare: { readonly a: string | null; readonly b: string | null };
  readonly curve: EquityCurveState | null;
  readonly error: string | null;
  /** Candidate index selected on the map or in the sites table (−1 none). */
  readonly selectedSite: number;
  readonly selectedDistrict: number;
  /** True while the next map click places a new candidate site. */
  readonly placing: boolean;
  /** A phased plan shown at the end of this year (0-based index); null: the whole roll-out. */
  readonly year: number | null;
}

export type PlanningAction =
  | { type: 'plan/mode'; mode: PlanningState['mode'] }
  | { type: 'plan/view'; view: PlanView }
  | { type: 'plan/open'; draft: Scenario | null }
  | { type: 'plan/draft'; draft: Scenario }
  | { type: 'plan/site-edit'; draft: Scenario; undo: Entry<SiteLists> }
  | { type: 'plan/site-undo' }
  | { type: 'plan/solving'; solving: PlanSolve | null }
  | { type: 'plan/progress'; label: string; step?: ProgressStep; progress: SolveProgress | null }
  | { type: 'plan/solved'; run: PlanRun }
  | { type: 'plan/failed'; message: string | null }
  | { type: 'plan/forget'; scenarioId: string }
  | { type: 'plan/compare'; a: string | null; b: string | null }
  | { type: 'plan/curve'; curve: EquityCurveState | null }
  | { type: 'plan/select-site'; index: number }
  | { type: 'plan/select-district'; index: number }
  | { type: 'plan/placing'; on: boolean }
  | { type: 'plan/year'; year: number | null }
  | { type: 'plan/reset' };

export const initialPlanning: PlanningState = {
  mode: 'indicators',
  view: 'edit',
  draft: null,
  siteHistory: emptyHistory,
  solving: null,
  plans: {},
  compare: { a: null, b: null },
  curve: null,
  error: null,
  selectedSite: -1,
  selectedDistrict: -1,
  placing: false,
  year: null,
};

/** The next planning state; never mutates `state`. */
export function reducePlanning(state: PlanningState, action: PlanningAction): PlanningState {
  switch (action.type) {
    case 'plan/mode':
      return { ...state, mode: action.mode, placing: false };
    case 'plan/view':
      return { ...state, view: action.view, placing: false };
    case 'plan/open':
      return { ...state, draft: action.draft, siteHistory: emptyHistory, selectedSite: -1, selectedDistrict: -1, placing: false, error: null, year: null };
    case 'plan/draft':
      return { ...state, draft: action.draft };
    case 'plan/site-edit':
      return { ...state, draft: action.draft, siteHistory: push(state.siteHistory, action.undo), placing: false };
    case 'plan/site-undo': {
      const { history, entry } = pop(state.siteHistory);
      if (!entry || !state.draft) return state;
      return { ...state, draft: undoSiteEdit(state.draft, entry), siteHistory: history };
    }
    case 'plan/solving':
      return { ...state, solving: action.solving, ...(action.solving ? { error: null } : {}) };
    case 'plan/progress':
      return state.solving ? { ...state, solving: { ...state.solving, label: action.label, step: action.step, progress: action.progress ?? state.solving.progress } } : state;
    case 'plan/solved':
      // A new plan may have fewer years: show the whole roll-out again.
      return { ...state, plans: { ...state.plans, [action.run.scenario.id]: action.run }, year: null };
    case 'plan/failed':
      return { ...state, error: action.message, ...(action.message ? { solving: null } : {}) };
    case 'plan/forget': {
      const { [action.scenarioId]: _gone, ...plans } = state.plans;
      return { ...state, plans };
    }
    case 'plan/compare':
      return { ...state, compare: { a: action.a, b: action.b } };
    case 'plan/curve':
      return { ...state, curve: action.curve };
    case 'plan/select-site':
      return { ...state, selectedSite: action.index };
    case 'plan/select-district':
      return { ...state, selectedDistrict: action.index };
    case 'plan/placing':
      return { ...state, placing: action.on };
    case 'plan/year':
      return { ...state, year: action.year };
    case 'plan/reset':
      // Another project opened: nothing planned for the previous one may show.
      return { ...initialPlanning, mode: state.mode };
  }
}

/** True for the planning actions (they go to reducePlanning). */
export function isPlanningAction(action: { type: string }): action is PlanningAction {
  return action.type.startsWith('plan/');
}
