// After a destructive action: what happened, and a button (or Ctrl+Z) to take it back.
import { useEffect } from 'react';
import { useWords } from '../i18n/use-words.ts';

export function UndoToast({ label, onUndo }: { label: string; onUndo(): void }) {
  const { t } = useWords();
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        onUndo();
      }
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [onUndo]);
  return (
    <div className="undo-toast" role="status">
      <span>{label}</span>
      <button type="button" onClick={onUndo}>
        {t('site.undo')}
      </button>
    </div>
  );
}
