// Two scenarios side by side: headline figures with the better one marked (in words as well
// as colour), coverage per district before → after in each, and the sites they share.
import type { CompareRow, FigureKind, ScenarioComparison } from '../../state/scenario-compare.ts';
import { perPersonText, shareText, wholeText } from '../../state/plan-text.ts';
import { formatFixed } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { capitalNounText, nounText, type Words } from '../../state/words.ts';

interface Props {
  labelA: string;
  labelB: string;
  comparison: ScenarioComparison;
  districtNoun?: string;
}

/** A compared figure as text in `words`' language. */
export function figureText(kind: FigureKind, v: number, words: Words): string {
  const { locale } = words;
  if (!Number.isFinite(v)) return kind === 'gap' ? words.t('plan.gap.short.none') : '—';
  switch (kind) {
    case 'count':
    case 'money':
      return wholeText(v, locale);
    case 'per-person':
      return perPersonText(v, locale);
    case 'share':
    case 'gap':
      return shareText(v, locale);
    case 'gini':
      return formatFixed(v, locale, 3);
  }
}

export function ScenarioCompare({ labelA, labelB, comparison, districtNoun = 'district' }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const noun = nounText(districtNoun, words);
  const counts = { both: 0, a: 0, b: 0 };
  for (const s of comparison.sites) counts[s.in]++;
  const cell = (r: CompareRow, side: 'a' | 'b') => (
    <td className={r.winner === side ? 'better' : r.differs ? 'differs' : undefined}>
      {figureText(r.kind, r[side], words)}
      {r.winner === side && <span className="tag"> {t('compare.better')}</span>}
    </td>
  );
  return (
    <section className="scenario-compare" aria-label={t('compare.section', { a: labelA, b: labelB })}>
      {/* A scrolling region must be reachable by keyboard when nothing inside it is (axe: scrollable-region-focusable). */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('compare.figures')}>
        <table className="district-table compare-table">
          <caption>{t('compare.caption', { a: labelA, b: labelB })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              <th scope="col">{labelA}</th>
              <th scope="col">{labelB}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => (
              <tr key={r.key} data-figure={r.key}>
                <th scope="row">{r.key.startsWith('group:') ? t('compare.row.group', { group: r.key.slice('group:'.length) }) : t(`compare.row.${r.key}`, { noun })}</th>
                {cell(r, 'a')}
                {cell(r, 'b')}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="compare-sites">
        {t('compare.sitesBoth')} <strong>{wholeText(counts.both, locale)}</strong> · {t('compare.sitesOnly', { plan: labelA })} <strong>{wholeText(counts.a, locale)}</strong> · {t('compare.sitesOnly', { plan: labelB })} <strong>{wholeText(counts.b, locale)}</strong>
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('compare.coverage', { noun })}>
        <table className="district-table compare-table">
          <caption>{t('compare.coverageCaption', { noun })}</caption>
          <thead>
            <tr>
              <th scope="col">{capitalNounText(districtNoun, words)}</th>
              <th scope="col">{t('districts.column.before')}</th>
              <th scope="col">{labelA}</th>
              <th scope="col">{labelB}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.districts.map((d) => (
              <tr key={d.index} className={d.differs && !d.suppressed ? 'differs' : undefined}>
                <th scope="row">{d.name}</th>
                {d.suppressed ? (
                  <td colSpan={3} className="counts">
                    {t('figure.suppressed')}
                  </td>
                ) : (
                  <>
                    <td>{shareText(d.beforeA, locale)}</td>
                    <td>{shareText(d.afterA, locale)}</td>
                    <td>{shareText(d.afterB, locale)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
