// The composite index with its weights in plain view, and editable: a planner can see what
// the index rewards and try other weights; the saved project keeps what they chose.
import { useEffect, useState } from 'react';
import type { CompositeSpec } from '../core/project/types.ts';
import { formatPercent } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';

interface Props {
  spec: CompositeSpec;
  /** Weights as used (each level normalised to sum 1), to show next to the raw weights. */
  pillarShares: Readonly<Record<string, number>>;
  busy: boolean;
  onApply(spec: CompositeSpec): void;
}

export function CompositePanel({ spec, pillarShares, busy, onApply }: Props) {
  const { t, locale } = useWords();
  const [draft, setDraft] = useState(spec);
  useEffect(() => setDraft(spec), [spec]);
  const changed = JSON.stringify(draft) !== JSON.stringify(spec);
  const setPillarWeight = (k: number, weight: number) =>
    setDraft((d) => ({ ...d, pillars: d.pillars.map((p, i) => (i === k ? { ...p, weight } : p)) }));
  const setIndicatorWeight = (k: number, j: number, weight: number) =>
    setDraft((d) => ({ ...d, pillars: d.pillars.map((p, i) => (i === k ? { ...p, indicators: p.indicators.map((m, n) => (n === j ? { ...m, weight } : m)) } : p)) }));

  return (
    <details className="composite-panel">
      <summary>
        {t('composite.summary', { index: spec.label ?? spec.id, normalisation: t(`composite.normalisation.${spec.normalisation ?? 'min-max'}`) })}
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onApply(draft);
        }}
      >
        {draft.pillars.map((p, k) => (
          <fieldset key={p.name}>
            <legend>
              <label>
                {p.name}{' '}
                <input type="number" min={0} step={0.5} value={p.weight ?? 1} aria-label={t('composite.pillarWeight', { pillar: p.name })} onChange={(e) => setPillarWeight(k, Number(e.target.value))} />
              </label>{' '}
              <span className="counts">{t('composite.share', { share: formatPercent(Math.round(100 * (pillarShares[p.name] ?? 0)) / 100, locale, 0) })}</span>
            </legend>
            {p.indicators.map((m, j) => (
              <label key={m.measure} className="composite-indicator">
                <span>
                  {m.measure} <span className="counts">({t(`composite.direction.${m.direction}`)})</span>
                </span>
                <input type="number" min={0} step={0.5} value={m.weight ?? 1} aria-label={t('composite.indicatorWeight', { measure: m.measure, pillar: p.name })} onChange={(e) => setIndicatorWeight(k, j, Number(e.target.value))} />
              </label>
            ))}
          </fieldset>
        ))}
        <div className="composite-actions">
          <button type="submit" disabled={!changed || busy}>
            {busy ? t('composite.recomputing') : t('composite.apply')}
          </button>
          <button type="button" disabled={!changed || busy} onClick={() => setDraft(spec)}>
            {t('composite.reset')}
          </button>
        </div>
      </form>
    </details>
  );
}
