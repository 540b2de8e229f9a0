// The figures of the selected district: for each rate indicator the share per group with
// the counts behind it and each gap in percentage points; then every other figure.
import type { RunView } from '../state/run-view.ts';
import { useWords } from '../i18n/use-words.ts';
import { figureText, formatValue, measureLabel, type Measure } from '../state/measures.ts';
import { ProfileButtons } from './profile/ProfileButtons.tsx';

interface Props {
  index: number;
  name: string;
  run: RunView;
  measures: readonly Measure[];
  onClose(): void;
  /** Whether the district is in the comparison, and the toggle; the full profile (src/ui/profile/). */
  compared?: boolean;
  onToggleCompare?(): void;
  onProfile?(): void;
}

/** The districts.csv columns of a gap and its parity (names, not words). */
const gapColumn = (id: string, a: string, b: string) => `${id}.gap.${a}-${b}`;
const parityColumn = (id: string, a: string, b: string) => `${id}.parity.${b}/${a}`;

export function DistrictDetails({ index, name, run, measures, onClose, compared, onToggleCompare, onProfile }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const rateIds = new Set(run.indicators.filter((r) => r.kind === 'rate').map((r) => r.id));
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const text = (key: string) => {
    const m = byKey.get(key);
    return m ? figureText(m, index, words) : '—';
  };
  return (
    <section className="district-details" aria-label={t('details.label', { name })}>
      <header>
        <h2>{name}</h2>
        {onProfile && onToggleCompare && <ProfileButtons compared={compared ?? false} onProfile={onProfile} onToggleCompare={onToggleCompare} />}
        <button type="button" onClick={onClose} aria-label={t('details.close')}>×</button>
      </header>
      {run.indicators.map((r) =>
        r.kind === 'rate' ? (
          <div key={r.id} className="indicator-figures" data-indicator={r.id}>
            <h3>{r.label}</h3>
            <dl>
              {r.groups.map((g) => (
                <div key={g.group} data-group={g.group}>
                  <dt>{g.group}</dt>
                  <dd>
                    <strong>{text(`${r.id}.${g.group}`)}</strong>{' '}
                    <span className="counts">
                      {t('details.of', { part: formatValue(g.numerator[index], 'count', locale), whole: formatValue(g.denominator[index], 'count', locale) })}
                    </span>
                  </dd>
                </div>
              ))}
              {r.gaps.map((gap) => (
                <div key={`${gap.a}-${gap.b}`} data-gap={`${gap.a}-${gap.b}`}>
                  <dt>{t('details.gap', { a: gap.a, b: gap.b })}</dt>
                  <dd>
                    <strong>{text(gapColumn(r.id, gap.a, gap.b))}</strong> <span className="counts">{t('details.parity', { value: text(parityColumn(r.id, gap.a, gap.b)) })}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null,
      )}
      <dl className="other-figures">
        {measures
          .filter((m) => !rateIds.has(m.indicatorId))
          .map((m) => (
            <div key={m.key} data-measure={m.key}>
              <dt>{measureLabel(m, words)}</dt>
              <dd>
                <strong>{figureText(m, index, words)}</strong>
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
