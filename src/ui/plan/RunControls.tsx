// Run a scenario, and while it runs: the solver's phase, the best objective and the bound
// so far, Cancel (drops the run at once) and Stop (keeps the best plan found so far).
import type { SolveProgress } from '../../core/siting/types.ts';
import { useWords } from '../../i18n/use-words.ts';
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

export function RunControls({ running, progress, elapsedS, timeLimitS, objective, canRun, onRun, onCancel, onStopKeepBest }: Props) {
  const { t, locale } = useWords();
  const fmt = (v: number | null) => (v === null ? '—' : objective === 'maximin' ? shareText(v, locale) : wholeText(v, locale));
  const gap = progress?.objective != null && progress.bound != null && progress.bound > 0 ? (progress.bound - progress.objective) / progress.bound : null;
  return (
    <div className="run-controls">
      <div className="run-buttons">
        <button type="button" className="primary" disabled={running || !canRun} onClick={onRun}>
          {t('run.run')}
        </button>
        {running && (
          <>
            <button type="button" onClick={onStopKeepBest} disabled={!progress?.sites}>
              {t('run.stop')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('run.cancel')}
            </button>
          </>
        )}
      </div>
      {running && (
        <div className="run-progress" role="status" aria-live="polite">
          <label>
            <span>{t(`run.phase.${progress ? progress.phase : 'start'}`)}</span>
            <progress max={timeLimitS} value={Math.min(elapsedS, timeLimitS)} aria-valuetext={t('run.elapsed', { elapsed: wholeText(elapsedS, locale), count: timeLimitS })} />
          </label>
          <span className="counts">
            {t('run.best', { best: fmt(progress?.objective ?? null), bound: fmt(progress?.bound ?? null) })}
            {gap !== null && ` · ${t('run.within', { gap: shareText(gap, locale) })}`}
          </span>
        </div>
      )}
    </div>
  );
}
