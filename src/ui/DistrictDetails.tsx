// The figures of the selected district: for each rate indicator, the share per group with
// the counts behind it, and each gap in percentage points.
import type { IndicatorResult } from '../engine/run-indicators.ts';
import { formatValue } from '../state/measures.ts';

interface Props {
  index: number;
  name: string;
  results: readonly IndicatorResult[];
  onClose(): void;
}

export function DistrictDetails({ index, name, results, onClose }: Props) {
  return (
    <section className="district-details" aria-label={`Figures for ${name}`}>
      <header>
        <h2>{name}</h2>
        <button type="button" onClick={onClose} aria-label="Close district figures">×</button>
      </header>
      {results.map((r) =>
        r.kind === 'rate' ? (
          <div key={r.id} className="indicator-figures" data-indicator={r.id}>
            <h3>{r.label}</h3>
            <dl>
              {r.groups.map((g) => (
                <div key={g.group} data-group={g.group}>
                  <dt>{g.group}</dt>
                  <dd>
                    <strong>{formatValue(g.rate[index], 'percent')}</strong>{' '}
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
                    <strong>{formatValue(gap.gapPoints[index], 'points')}</strong> <span className="counts">parity {formatValue(gap.parity[index], 'ratio')}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : (
          <div key={r.id} className="indicator-figures" data-indicator={r.id}>
            <h3>{r.label}</h3>
            <p>
              <strong>{formatValue(r.values[index], r.unit === 'percent' ? 'percent' : 'value')}</strong> <span className="counts">as published</span>
            </p>
          </div>
        ),
      )}
    </section>
  );
}
