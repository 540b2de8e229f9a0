// Progress of long work with a Cancel button, and errors in words a planner can act on.
import type { Phase, Progress } from '../state/app-state.ts';

interface Props {
  phase: Phase;
  progress: Progress | null;
  error: string | null;
  onCancel: (() => void) | null;
  onRetry(): void;
}

export function StatusBar({ phase, progress, error, onCancel, onRetry }: Props) {
  if (phase === 'ready') return null;
  return (
    <div className={`status status-${phase}`} role={phase === 'error' ? 'alert' : 'status'} aria-live="polite">
      {phase === 'loading' && (
        <>
          <span>{progress?.label ?? 'Loading'}…</span>
          <progress max={progress?.total || 1} value={progress?.done ?? 0} />
          {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
        </>
      )}
      {phase === 'error' && (
        <>
          <span className="error-message">{error}</span>
          <button type="button" onClick={onRetry}>Try again</button>
        </>
      )}
      {phase === 'cancelled' && (
        <>
          <span>Loading was cancelled.</span>
          <button type="button" onClick={onRetry}>Load again</button>
        </>
      )}
    </div>
  );
}
