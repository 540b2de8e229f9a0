// Every measure the app shows, in plain words, in the planner's language: opened at a term
// from a "?" beside a label, or whole from the Help menu.
import { useEffect } from 'react';
import { GLOSSARY_TERMS, type GlossaryTerm } from '../../state/profile.ts';
import { useWords } from '../../i18n/use-words.ts';
import { useModal } from './use-modal.ts';
import '../profile/profile.css';

interface Props {
  /** The term to show first (scrolled to and focused); null: the top. */
  term: GlossaryTerm | null;
  onClose(): void;
}

export function GlossaryDialog({ term, onClose }: Props) {
  const { t } = useWords();
  const modal = useModal(onClose);
  useEffect(() => {
    const at = term ? modal.ref.current?.querySelector<HTMLElement>(`#glossary-${term}`) : null;
    at?.scrollIntoView({ block: 'start' });
    at?.focus();
  }, [term, modal.ref]);
  return (
    <dialog ref={modal.ref} className="lastmile-dialog glossary-dialog" aria-labelledby="glossary-title" onCancel={modal.onCancel}>
      <header className="dialog-head">
        <h2 id="glossary-title">{t('glossary.title')}</h2>
        <button type="button" className="close" aria-label={t('glossary.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <dl className="glossary">
        {GLOSSARY_TERMS.map((g) => (
          <div key={g} className={g === term ? 'current' : undefined}>
            <dt id={`glossary-${g}`} tabIndex={-1}>
              {t(`glossary.term.${g}`)}
            </dt>
            <dd>{t(`glossary.text.${g}`)}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
