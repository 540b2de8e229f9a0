// The solver's notes on a plan as codes and values beside their English text (issue #17): the
// CLI, plan.json and the report keep the English (Plan.messages, unchanged); the UI words a note
// from its code through the catalogue ("solver.<code>") in the planner's language, numbers
// formatted there, with the English text as the fallback. As CHECK_CODES does for data checks.

/** Every code a plan note can carry; the catalogue has a "solver.<code>" key for each (tests/unit/i18n/solver-notes.test.ts). */
export const SOLVER_NOTE_CODES = [
  // How good the plan is (qualityMessage).
  'optimalCoverage',
  'optimalMaximin',
  'timeLimit',
  'timeLimitBest',
  'timeLimitWithin',
  'heuristicUnknown',
  'heuristicBest',
  'heuristicWithin',
  'rolloutOptimal',
  // What the exact solver did (solve-course).
  'exactProved',
  'exactUnavailable',
  // Heuristics stopped by the clock.
  'improveTimeLimit',
  'growTimeLimit',
  'rolloutTimeLimit',
  // Locked sites and floors the scenario cannot keep.
  'lockedOverLimits',
  'lockedOverLimitsNetwork',
  'lockedUnlinked',
  'lockedRollout',
  'lockedAloneExhaustive',
  'lockedAloneExhaustiveNetwork',
  'unknownGroup',
  'unknownGroupYear',
  // No plan keeps every floor / limit.
  'shortfall',
  'noPlanKeepsFloors',
  'noRolloutKeepsFloors',
  'networkInfeasible',
  'rolloutInfeasibleProven',
  'rolloutInfeasibleFound',
  // Stopped by the planner (engine/plan-stop.ts).
  'stopped',
] as const;
export type SolverNoteCode = (typeof SOLVER_NOTE_CODES)[number];

/** Values of a note: numbers as numbers (seconds, shares 0–1, amounts, counts; Infinity = no limit) for the UI to format, words as codes or data as written. */
export type NoteValues = Readonly<Record<string, string | number>>;

/** One note on a plan: its code and values, and the English text the CLI and plan.json say. */
export interface PlanNote {
  readonly code: SolverNoteCode;
  readonly values: NoteValues;
  readonly text: string;
}

/** A note of `code` with `values`, said in English as `text`. */
export function note(code: SolverNoteCode, text: string, values: NoteValues = {}): PlanNote {
  return { code, values, text };
}

/** A plan's notes as Plan carries them: the English `messages` (the pinned contract) and the coded `notes`, in the same order. */
export function planNotes(notes: readonly PlanNote[]): { messages: string[]; notes: PlanNote[] } {
  return { messages: notes.map((n) => n.text), notes: [...notes] };
}

/** What a plan is called in a note: "plan", "network plan", "roll-out" (SolveCourse.noun), as a code the UI words. */
export type PlanNoun = 'plan' | 'network plan' | 'roll-out';
