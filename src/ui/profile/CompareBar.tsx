// The districts picked for comparison, above the table: each can be removed, and the
// comparison opened. Ctrl- or Shift-click on a table row, or "Compare" on a district, adds one.
// Nothing shows until one is picked: on a phone every line above the table pushes it off screen
// (the tour's third step says how to pick).
import { useWords } from '../../i18n/use-words.ts';
import { nounsText } from '../../state/words.ts';
import './profile.css';

interface Props {
  districts: readonly number[];
  names: readonly string[];
  noun: string;
  onRemove(index: number): void;
  onOpen(): void;
}

export function CompareBar({ districts, names, noun, onRemove, onOpen }: Props) {
  const words = useWords();
  const { t } = words;
  if (districts.length === 0) return null;
  return (
    <section className="compare-bar" aria-labelledby="compare-bar-title">
      <h2 id="compare-bar-title">{t('compare.bar', { nouns: nounsText(noun, words) })}</h2>
      <ul>
        {districts.map((d) => (
          <li key={d} data-district={names[d]}>
            {names[d]}{' '}
            <button type="button" className="remove" aria-label={t('compare.remove', { name: names[d]! })} onClick={() => onRemove(d)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="open-compare" onClick={onOpen}>
        {t('compare.open', { n: String(districts.length) })}
      </button>
    </section>
  );
}
