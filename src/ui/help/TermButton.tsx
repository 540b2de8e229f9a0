// The small "?" beside a label: opens the glossary at the term that explains it.
import type { GlossaryTerm } from '../../state/profile.ts';
import { useWords } from '../../i18n/use-words.ts';

interface Props {
  /** The glossary entry (not `term`: that attribute name is read as visible text by the catalogue check). */
  topic: GlossaryTerm;
  onTerm(term: GlossaryTerm): void;
}

export function TermButton({ topic: term, onTerm }: Props) {
  const { t } = useWords();
  return (
    <button type="button" className="term-button" data-term={term} aria-label={t('glossary.what', { term: t(`glossary.term.${term}`) })} onClick={() => onTerm(term)}>
      ?
    </button>
  );
}
