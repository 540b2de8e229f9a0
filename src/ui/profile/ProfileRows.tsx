// One section of a district's profile as a table: each figure with its margin of error, its
// rank among districts and the project-wide reference, and how it was computed.
import { useWords } from '../../i18n/use-words.ts';
import { formatFixed } from '../../i18n/format.ts';
import { figureText, formatValue, type Measure } from '../../state/measures.ts';
import type { GlossaryTerm, ProfileSection } from '../../state/profile.ts';
import { rankText } from '../../state/rank-text.ts';
import { TermButton } from '../help/TermButton.tsx';

interface Props {
  section: ProfileSection;
  district: number;
  explain(m: Measure): string;
  label(m: Measure): string;
  onTerm(term: GlossaryTerm): void;
}

export function ProfileRows({ section, district, explain, label, onTerm }: Props) {
  const words = useWords();
  const { t, locale } = words;
  return (
    <table className="profile-table">
      <thead>
        <tr>
          <th scope="col">{t('profile.figure')}</th>
          <th scope="col">{t('profile.value')}</th>
          <th scope="col">{t('profile.rank')}</th>
          <th scope="col">{t('profile.reference')}</th>
        </tr>
      </thead>
      {section.figures.map((f) => {
        const m = f.measure;
        const margin = f.margin && !f.margin.suppressed?.[district] ? f.margin.values[district] : undefined;
        return (
          <tbody key={m.key} data-measure={m.key}>
            <tr>
              <th scope="row">
                {label(m)} <TermButton topic={f.term} onTerm={onTerm} />
              </th>
              <td className="value" data-value>
                {figureText(m, district, words)}
                {margin !== undefined && Number.isFinite(margin) && (
                  <span className="moe" data-moe>
                    {' '}
                    {t('profile.margin', { margin: formatFixed(margin, locale, 1) })}
                  </span>
                )}
              </td>
              <td data-rank>{rankText(f.rank, words)}</td>
              <td data-reference>{f.referenceKind === 'total' ? t('profile.total', { value: formatValue(f.reference, m.unit, locale) }) : formatValue(f.reference, m.unit, locale)}</td>
            </tr>
            <tr className="how">
              <td colSpan={4}>
                <details>
                  <summary>{t('profile.how')}</summary>
                  <p data-explain>{explain(m)}</p>
                </details>
              </td>
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}
