// Districts side by side: every figure as a row, each compared district a column, the
// project-wide reference last; and a dot chart (Observable Plot) of the figure on the map with
// exactly the table's numbers. A district leaves the comparison by its column's × button.
import { useMemo } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { figureText, formatValue, measureLabel, type Measure } from '../../state/measures.ts';
import { figureReference, type GlossaryTerm } from '../../state/profile.ts';
import { nounsText } from '../../state/words.ts';
import { TermButton } from '../help/TermButton.tsx';
import { useModal } from '../help/use-modal.ts';
import { CompareChart } from './CompareChart.tsx';
import './profile.css';

interface Props {
  /** Compared districts' indices, in the order picked. */
  districts: readonly number[];
  names: readonly string[];
  measures: readonly Measure[];
  /** The figure on the map (charted). */
  shown: Measure;
  population: Float64Array | null;
  noun: string;
  onRemove(index: number): void;
  onTerm(term: GlossaryTerm): void;
  onClose(): void;
}

export function CompareDialog({ districts, names, measures, shown, population, noun, onRemove, onTerm, onClose }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const modal = useModal(onClose);
  const rows = useMemo(() => measures.filter((m) => m.code?.code !== 'margin').map((m) => ({ m, ...figureReference(m, population) })), [measures, population]);
  const shownReference = figureReference(shown, population);
  const referenceText = (r: { m: Measure; reference: number; referenceKind: string }) =>
    r.referenceKind === 'total' ? t('profile.total', { value: formatValue(r.reference, r.m.unit, locale) }) : formatValue(r.reference, r.m.unit, locale);
  return (
    <dialog ref={modal.ref} className="lastmile-dialog compare-dialog" aria-labelledby="compare-title" onCancel={modal.onCancel}>
      <header className="dialog-head">
        <h2 id="compare-title">{t('compare.title', { nouns: nounsText(noun, words) })}</h2>
        <button type="button" className="close" aria-label={t('compare.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {districts.length === 0 ? (
        <p>{t('compare.empty', { noun })}</p>
      ) : (
        <>
          <div className="compare-scroll">
            <table className="compare-table">
              <caption className="visually-hidden">{t('compare.title', { nouns: nounsText(noun, words) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('profile.figure')}</th>
                  {districts.map((d) => (
                    <th scope="col" key={d} data-district={names[d]}>
                      <span>{names[d]}</span>{' '}
                      <button type="button" className="remove" aria-label={t('compare.remove', { name: names[d]! })} onClick={() => onRemove(d)}>
                        ×
                      </button>
                    </th>
                  ))}
                  <th scope="col">
                    {t('profile.reference')} <TermButton topic="reference" onTerm={onTerm} />
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.m.key} data-measure={r.m.key} className={r.m.key === shown.key ? 'shown' : undefined}>
                    <th scope="row">{measureLabel(r.m, words)}</th>
                    {districts.map((d) => (
                      <td key={d} data-district={names[d]}>
                        {figureText(r.m, d, words)}
                      </td>
                    ))}
                    <td data-reference>{referenceText(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CompareChart districts={districts} names={names} measure={shown} reference={shownReference.referenceKind === 'total' ? null : shownReference.reference} noun={noun} />
        </>
      )}
    </dialog>
  );
}
