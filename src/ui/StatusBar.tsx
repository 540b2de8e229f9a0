// Progress of long work with a Cancel button, and errors in words a planner can act on.
import { useWords } from '../i18n/use-words.ts';
import type { Phase, Progress } from '../state/app-state.ts';
import { progressText } from '../state/progress-text.ts';

interface Props {
  phase: Phase;
  progress: Progress | null;
  error: string | null;
  onCancel: (() => void) | null;
  onRetry(): void;
}

export function StatusBar({ phase, progress, error, onCancel, onRetry }: Props) {
  const words = useWords();
  const { t } = words;
  if (phase === 'ready') return null;
  return (
    <div className={`status status-${phase}`} role={phase === 'error' ? 'alert' : 'status'} aria-live="polite">
      {phase === 'loading' && (
        <>
          <span>{progress?.label ? `${progressText(progress, words)}…` : t('status.loading')}</span>
          <progress max={progress?.total || 1} value={progress?.done ?? 0} />
          {onCancel && <button type="button" onClick={onCancel}>{t('run.cancel')}</button>}
        </>
      )}
      {phase === 'error' && (
        <>
          <span className="error-message">{error}</span>
          <button type="button" onClick={onRetry}>{t('status.retry')}</button>
        </>
      )}
      {phase === 'cancelled' && (
        <>
          <span>{t('status.cancelled')}</span>
          <button type="button" onClick={onRetry}>{t('status.reload')}</button>
        </>
      )}
    </div>
  );
}
