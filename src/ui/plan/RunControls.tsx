// Run a scenario, and while it runs: the solver's phase, the best objective and the bound
// so far, Cancel (drops the run at once) and Stop (keeps the best plan found so far).
import type { SolveProgress } from '../../core/siting/types.ts';
import { shareText, wholeText } from '../../state/plan-text.ts';

interface Props {
  running: boolean;
  progress: SolveProgress | null;
  /** Seconds since the run started, and the scenario's time limit, for the bar. */
  elapsedS: number;
  timeLimitS: number;
  objective: 'coverage' | 'maximin';
  /** False while the scenario has errors. */
  canRun: boolean;
  onRun(): void;
  onCancel(): void;
  onStopKeepBest(): void;
}

const PHASE: Readonly<Record<SolveProgress['phase'], string>> = {
  presolve: 'Preparing the model',
  greedy: 'Choosing sites greedily',
  repair: 'Repairing floors',
  swap: 'Improving by swaps',
  bound: 'Proving a bound',
  exact: 'Solving exactly',
  done: 'Done',
};

export function RunControls({ running, progress, elapsedS, timeLimitS, objective, canRun, onRun, onCancel, onStopKeepBest }: Props) {
  const fmt = (v: number | null) => (v === null ? '—' : objective === 'maximin' ? shareText(v) : wholeText(v));
  const gap = progress?.objective != null && progress.bound != null && progress.bound > 0 ? (progress.bound - progress.objective) / progress.bound : null;
  return (
    <div className="run-controls">
      <div className="run-buttons">
        <button type="button" className="primary" disabled={running || !canRun} onClick={onRun}>
          Run plan
        </button>
        {running && (
          <>
            <button type="button" onClick={onStopKeepBest} disabled={!progress?.sites}>
              Stop and keep best
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
      </div>
      {running && (
        <div className="run-progress" role="status" aria-live="polite">
          <label>
            <span>{progress ? PHASE[progress.phase] : 'Starting'}…</span>
            <progress max={timeLimitS} value={Math.min(elapsedS, timeLimitS)} aria-valuetext={`${Math.round(elapsedS)} of at most ${timeLimitS} seconds`} />
          </label>
          <span className="counts">
            Best so far {fmt(progress?.objective ?? null)} · bound {fmt(progress?.bound ?? null)}
            {gap !== null && ` · within ${shareText(gap)} of the best possible`}
          </span>
        </div>
      )}
    </div>
  );
}
