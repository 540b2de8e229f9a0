// Help in the header: the tour again, and the glossary of every measure.
import { useWords } from '../../i18n/use-words.ts';

interface Props {
  onTour(): void;
  onGlossary(): void;
}

export function HelpButtons({ onTour, onGlossary }: Props) {
  const { t } = useWords();
  return (
    <div className="help-buttons" role="group" aria-label={t('help.group')}>
      <button type="button" onClick={onTour}>
        {t('help.button')}
      </button>
      <button type="button" onClick={onGlossary}>
        {t('help.glossary')}
      </button>
    </div>
  );
}
