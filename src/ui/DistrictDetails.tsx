// The figures of the selected district: for each rate indicator the share per group with
// the counts behind it and each gap in percentage points; then every other figure.
import type { RunView } from '../state/run-view.ts';
import { figureText, formatValue, type Measure } from '../state/measures.ts';
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

export function DistrictDetails({ index, name, run, measures, onClose, compared, onToggleCompare, onProfile }: Props) {
  const rateIds = new Set(run.indicators.filter((r) => r.kind === 'rate').map((r) => r.id));
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const text = (key: string) => {
    const m = byKey.get(key);
    return m ? figureText(m, index) : '—';
  };
  return (
    <section className="district-details" aria-label={`Figures for ${name}`}>
      <header>
        <h2>{name}</h2>
        {onProfile && onToggleCompare && <ProfileButtons compared={compared ?? false} onProfile={onProfile} onToggleCompare={onToggleCompare} />}
        <button type="button" onClick={onClose} aria-label="Close district figures">×</button>
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
                      {formatValue(g.numerator[index], 'count')} of {formatValue(g.denominator[index], 'count')}
                    </span>
                  </dd>
                </div>
              ))}
              {r.gaps.map((gap) => (
                <div key={`${gap.a}-${gap.b}`} data-gap={`${gap.a}-${gap.b}`}>
                  <dt>
                    gap {gap.a} − {gap.b}
                  </dt>
                  <dd>
                    <strong>{text(`${r.id}.gap.${gap.a}-${gap.b}`)}</strong> <span className="counts">parity {text(`${r.id}.parity.${gap.b}/${gap.a}`)}</span>
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
              <dt>{m.label}</dt>
              <dd>
                <strong>{figureText(m, index)}</strong>
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
