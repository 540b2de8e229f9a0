// The price of equity: people covered against the district floor, each point a solved plan
// with its gap. The chart's points are a keyboard radio group (←/→ move the choice); the same
// numbers sit in a table beside it, where each row can be picked too.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { curveGeometry, priceOfEquity, type CurveLayout, type CurveMeasure, type CurvePoint } from '../../state/equity-curve.ts';
import { formatCompact } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { gapShort, gapText, perPersonText, shareText, wholeText } from '../../state/plan-text.ts';
import { nounText } from '../../state/words.ts';
import { ChartExport } from '../export/ChartExport.tsx';

interface Props {
  points: readonly CurvePoint[];
  /** Index of the chosen point, −1 none (a point without a position on the shown measure cannot be picked on the chart, only in the table). */
  selected: number;
  districtNoun?: string;
  /** While plans are being solved: how many of how many (total 0: still finding the highest feasible floor). */
  solving: { readonly done: number; readonly total: number } | null;
  onSelect(index: number): void;
}

const LAYOUT: CurveLayout = { width: 420, height: 240, margin: [64, 14, 16, 44] };

export function EquityCurve({ points, selected, districtNoun = 'district', solving, onSelect }: Props) {
  const titleId = useId();
  const radios = useRef<(SVGCircleElement | null)[]>([]);
  const chart = useRef<SVGSVGElement>(null);
  const [measure, setMeasure] = useState<CurveMeasure>('covered');
  const g = curveGeometry(points, LAYOUT, measure);
  const words = useWords();
  const { t, locale } = words;
  const noun = nounText(districtNoun, words);
  const yLabel = measure === 'covered' ? t('curve.axis.covered') : t('curve.axis.perPerson');
  const lost = priceOfEquity(points);
  const feasible = points.flatMap((p, i) => (g.xy[i] ? [i] : []));
  const focusable = feasible.includes(selected) ? selected : (feasible[0] ?? -1);
  const line = feasible.map((i) => g.xy[i]!.join(',')).join(' ');
  const [left, top, right, bottom] = LAYOUT.margin;

  const onKeyDown = (e: KeyboardEvent<SVGCircleElement>, i: number) => {
    const k = feasible.indexOf(i);
    const next = { ArrowRight: k + 1, ArrowUp: k + 1, ArrowLeft: k - 1, ArrowDown: k - 1, Home: 0, End: feasible.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const j = feasible[Math.max(0, Math.min(feasible.length - 1, next))]!;
    onSelect(j);
    radios.current[j]?.focus();
  };

  return (
    <section className="equity-curve" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('curve.title')}</h2>
      <p className="counts">{t('curve.explain', { noun })}</p>
      {solving && (
        <p role="status">{solving.total === 0 ? t('curve.finding') : t('curve.solving', { n: wholeText(Math.min(solving.done + 1, solving.total), locale), count: solving.total })}</p>
      )}
      {!solving && points.length === 1 && <p>{t('curve.none', { noun })}</p>}
      <fieldset className="choice-row curve-measure">
        <legend>{t('curve.show')}</legend>
        <label>
          <input type="radio" name={`${titleId}-measure`} checked={measure === 'covered'} onChange={() => setMeasure('covered')} /> {t('curve.axis.covered')}
        </label>
        <label>
          <input type="radio" name={`${titleId}-measure`} checked={measure === 'per-person'} onChange={() => setMeasure('per-person')} /> {t('curve.axis.perPerson')}
        </label>
      </fieldset>
      <div className="curve-body">
        <svg ref={chart} viewBox={`0 0 ${LAYOUT.width} ${LAYOUT.height}`} className="curve-chart" role="group" aria-label={t('curve.chart', { measure: yLabel, noun })}>
          {g.yTicks.map((tick) => (
            <g key={`y${tick.value}`} aria-hidden="true">
              <line x1={left} x2={LAYOUT.width - right} y1={tick.y} y2={tick.y} className="grid" />
              <text x={left - 6} y={tick.y} className="tick" textAnchor="end" dominantBaseline="middle">
                {measure === 'covered' ? formatCompact(tick.value, locale) : perPersonText(tick.value, locale)}
              </text>
            </g>
          ))}
          {g.xTicks.map((tick) => (
            <text key={`x${tick.value}`} x={tick.x} y={LAYOUT.height - bottom + 16} className="tick" textAnchor="middle" aria-hidden="true">
              {shareText(tick.value, locale)}
            </text>
          ))}
          <text x={(left + LAYOUT.width - right) / 2} y={LAYOUT.height - 6} className="axis-label" textAnchor="middle" aria-hidden="true">
            {t('curve.axis.floor', { noun })}
          </text>
          <text x={12} y={(top + LAYOUT.height - bottom) / 2} className="axis-label" textAnchor="middle" transform={`rotate(-90 12 ${(top + LAYOUT.height - bottom) / 2})`} aria-hidden="true">
            {yLabel}
          </text>
          <polyline points={line} className="curve-line" aria-hidden="true" />
          <g role="radiogroup" aria-label={t('curve.points')}>
            {feasible.map((i) => {
              const p = points[i]!;
              const [x, y] = g.xy[i]!;
              return (
                <circle
                  key={i}
                  ref={(el) => {
                    radios.current[i] = el;
                  }}
                  cx={x}
                  cy={y}
                  r={i === selected ? 7 : 5}
                  className={i === selected ? 'curve-point selected' : 'curve-point'}
                  role="radio"
                  aria-checked={i === selected}
                  aria-label={t('curve.point', { floor: shareText(p.floor, locale), people: wholeText(p.coveredWeight, locale), perPerson: perPersonText(p.costPerPerson, locale), gap: gapText(p, words) })}
                  tabIndex={i === focusable ? 0 : -1}
                  onClick={() => onSelect(i)}
                  onKeyDown={(e) => onKeyDown(e, i)}
                />
              );
            })}
          </g>
        </svg>
        <ChartExport chart={chart} name="price-of-equity" title={`${t('curve.title')}: ${t('curve.chart', { measure: yLabel, noun })}`} />
        <div className="table-wrap">
          <table className="district-table curve-table">
            <caption>{t('curve.table', { noun })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('curve.column.floor')}</th>
                <th scope="col">{t('curve.column.covered')}</th>
                <th scope="col">{t('curve.column.lost')}</th>
                <th scope="col">{t('curve.column.perPerson')}</th>
                <th scope="col">{t('curve.column.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={p.floor} className={i === selected ? 'selected' : undefined}>
                  <th scope="row">
                    <label>
                      <input type="radio" name={`${titleId}-pick`} checked={i === selected} disabled={p.status === 'infeasible'} onChange={() => onSelect(i)} /> {shareText(p.floor, locale)}
                    </label>
                  </th>
                  <td>{p.status === 'infeasible' ? t('plan.gap.short.infeasible') : wholeText(p.coveredWeight, locale)}</td>
                  <td>{wholeText(lost[i] ?? Number.NaN, locale)}</td>
                  <td>{perPersonText(p.costPerPerson, locale)}</td>
                  <td>{gapShort(p, words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
