// What a long task is doing, as a code and values beside its English label (issue #17): the CLI
// prints the label, the status bar and the planning panel word the code through the catalogue
// ("progress.<code>") in the planner's language. The English label is made here from the code,
// so both always say the same step.

/** Every step a progress report can name; the catalogue has a "progress.<code>" key for each (tests/unit/state/progress-text.test.ts). */
export const PROGRESS_CODES = [
  // Opening a project (app/project-runner, engine/open-project, load-files, load-project, compute-project).
  'startingDuckdb',
  'reading',
  'readingRows',
  'checkingTables',
  'computingIndicators',
  'indicator',
  'measuringInequality',
  'locating',
  'locatingLayer',
  'placingTiles',
  // Planning a scenario (app/planning, engine/run-plan) and the solver's phases (SolveProgress.phase).
  'starting',
  'readingScenario',
  'solvingScenario',
  'presolve',
  'greedy',
  'repair',
  'swap',
  'bound',
  'exact',
  'done',
] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

/** A step: its code and values (a file name, an indicator or scenario id as written; rows read as a number). */
export interface ProgressStep {
  readonly code: ProgressCode;
  readonly values: Readonly<Record<string, string | number>>;
}

/** The English label of `step`, as the CLI prints it ("reading wards.csv (12,000 rows)"). */
export function progressLabel(step: ProgressStep): string {
  const v = step.values;
  switch (step.code) {
    case 'startingDuckdb':
      return 'starting DuckDB';
    case 'reading':
      return `reading ${v.file}`;
    case 'readingRows':
      return `reading ${v.file} (${Number(v.rows).toLocaleString('en')} rows)`;
    case 'checkingTables':
      return 'checking tables';
    case 'computingIndicators':
      return 'computing indicators';
    case 'indicator':
      return String(v.indicator);
    case 'locatingLayer':
      return `locating ${v.layer}`;
    case 'placingTiles':
      return `placing tiles ${v.layer}`;
    case 'measuringInequality':
      return 'measuring inequality';
    case 'readingScenario':
      return `reading scenario ${v.scenario}`;
    case 'solvingScenario':
      return `solving scenario ${v.scenario}`;
    default:
      // The solver's phases, 'locating', 'starting' and 'done' are their own labels.
      return step.code;
  }
}

/** The label, no detail, and the step, to spread into an onProgress call after done and total. */
export function progressOf(code: ProgressCode, values: ProgressStep['values'] = {}): [label: string, detail: undefined, step: ProgressStep] {
  const step = { code, values };
  return [progressLabel(step), undefined, step];
}
