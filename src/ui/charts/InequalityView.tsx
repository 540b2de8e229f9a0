// How unequal the figure on the map is across districts: Gini, Theil and Palma as `lastmile run`
// writes them in inequality.csv, the Lorenz curve whose doubled area is that Gini, and the
// Palma ratio read out in one sentence.
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { formatFixed, formatPercent, formatWhole } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { heldByLowest } from '../../core/equity/lorenz.ts';
import { inequalityView } from '../../state/charts/inequality-view.ts';
import { formatValue, measureLabel, type Measure } from '../../state/measures.ts';
import type { RunView } from '../../state/run-view.ts';
import { capitalFirst, nounsText } from '../../state/words.ts';
import { PlotFigure } from './PlotFigure.tsx';

interface Props {
  run: Pick<RunView, 'inequality' | 'population' | 'project'>;
  names: readonly string[];
  measure: Measure;
  noun: string;
}

export function InequalityView({ run, names, measure, noun }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const view = useMemo(() => inequalityView(measure, run.inequality, run.population), [measure, run.inequality, run.population]);
  const label = measureLabel(measure, words);
  const nouns = nounsText(noun, words);
  const share = (v: number) => formatPercent(v, locale, 1);
  const { row, curve, reading } = view;
  const points = useMemo(() => (curve ? Array.from(curve.population, (p, k) => ({ p, l: curve.outcome[k]!, district: k > 0 ? curve.order[k - 1]! : -1 })) : []), [curve]);

  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width: Math.min(width, 440),
        height: Math.min(width, 440) - 20,
        marginLeft: 48,
        marginBottom: 40,
        style: { fontSize: '11px' },
        x: { domain: [0, 1], label: t('charts.lorenz.x', { nouns }), tickFormat: (v: number) => formatPercent(v, locale, 0) },
        y: { domain: [0, 1], label: t('charts.lorenz.y', { measure: label }), grid: true, tickFormat: (v: number) => formatPercent(v, locale, 0) },
        marks: [
          Plot.areaY(points, { x: 'p', y1: 'l', y2: 'p', fill: '#7b8cc7', fillOpacity: 0.35 }),
          Plot.line([[0, 0], [1, 1]], { stroke: '#888', strokeDasharray: '4,3' }),
          Plot.line(points, { x: 'p', y: 'l', stroke: '#253494', strokeWidth: 2 }),
          Plot.dot(points.slice(1), { x: 'p', y: 'l', r: 2.5, fill: '#253494', title: (d: { district: number; p: number; l: number }) => `${names[d.district]}: ${share(d.p)}, ${share(d.l)}` }),
        ],
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `share` only wraps `locale`
    [points, names, label, nouns, locale, t],
  );

  if (!row) return <p className="plot-none">{t('charts.inequality.noRow', { measure: label })}</p>;
  const weighted = row.weighting === 'population';
  const readingText =
    reading.code === 'palma'
      ? t('charts.inequality.reading', { nouns, measure: label, top: formatValue(reading.topMean, measure.unit, locale), bottom: formatValue(reading.bottomMean, measure.unit, locale), times: formatFixed(reading.perPerson, locale, 1), palma: formatFixed(reading.palma, locale, 2) })
      : t('charts.inequality.readingNone', { nouns });
  const figures: [string, string, string][] = [
    ['gini', t('charts.inequality.gini'), formatFixed(row.gini, locale, 3)],
    ['theil', t('charts.inequality.theil'), formatFixed(row.theil, locale, 3)],
    ...(row.theil_between !== undefined ? ([['theil_between', t('charts.inequality.between'), formatFixed(row.theil_between, locale, 3)], ['theil_within', t('charts.inequality.within'), formatFixed(row.theil_within ?? Number.NaN, locale, 3)]] as [string, string, string][]) : []),
    ['palma', t('charts.inequality.palma'), formatFixed(row.palma, locale, 2)],
    ['n_districts', t('charts.column.count', { nouns }), formatWhole(row.n_districts, locale)],
  ];

  return (
    <section className="inequality-view" aria-labelledby="inequality-heading">
      <h2 id="inequality-heading">{t('charts.inequality.title', { measure: label, nouns })}</h2>
      <p className="counts">{weighted ? t('charts.inequality.weighted', { column: run.project.population?.column ?? '' }) : t('charts.inequality.unweighted')}</p>
      <p className="inequality-reading" data-testid="palma-reading">
        {readingText}
      </p>
      <table className="district-table inequality-figures" data-testid="inequality-figures">
        <caption>{t('charts.inequality.caption', { nouns })}</caption>
        <tbody>
          {figures.map(([key, name, value]) => (
            <tr key={key} data-figure={key}>
              <th scope="row">{name}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {row.theil_between === undefined && <p className="counts">{t('charts.inequality.noRegions')}</p>}
      {!curve && <p className="plot-none">{t('charts.inequality.noCurve')}</p>}
      {curve && (
        <PlotFigure
          title={t('charts.lorenz.title', { measure: label })}
          description={t('charts.lorenz.description', { gini: formatFixed(row.gini, locale, 3), nouns, half: share(heldByLowest(curve, 0.5)) })}
          name="lorenz"
          draw={draw}
          table={
            <table className="district-table">
              <thead>
                <tr>
                  <th scope="col">{capitalFirst(nouns, locale)}</th>
                  <th scope="col">{t('charts.lorenz.x', { nouns })}</th>
                  <th scope="col">{t('charts.lorenz.y', { measure: label })}</th>
                </tr>
              </thead>
              <tbody>
                {points.slice(1).map((q) => (
                  <tr key={q.district}>
                    <th scope="row">{names[q.district]}</th>
                    <td>{share(q.p)}</td>
                    <td>{share(q.l)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}
