// The ranking: every district's figure as a dot, highest first; when the figure's indicator has
// groups, the two groups of its gap joined by a line (a dumbbell). A click on a dot, or Enter on
// a district in the table, selects the district.
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { formatWhole } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { ranking } from '../../state/charts/ranking.ts';
import { median } from '../../state/charts/distribution.ts';
import { figureText, formatValue, measureLabel, type Measure } from '../../state/measures.ts';
import { capitalFirst, nounsText } from '../../state/words.ts';
import { districtMarks, tickFormat } from './plot-marks.ts';
import { PlotFigure } from './PlotFigure.tsx';
import type { DistrictChartProps } from './chart-props.ts';

type Props = DistrictChartProps;

export function RankingChart({ names, measure, measures, selected, noun, onSelect }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const r = useMemo(() => ranking(names, measure, measures), [names, measure, measures]);
  const shown = useMemo(() => r.rows.filter((row) => Number.isFinite(row.value)), [r]);
  const label = measureLabel(measure, words);
  const pair = r.pair;
  const draw = useCallback((width: number) => {
    const order = shown.map((row) => names[row.district]!);
    const picked = new Set(selected);
    const marks: Plot.Markish[] = [Plot.ruleX([0], { stroke: '#bbb' })];
    if (pair) {
      const both = shown.filter((row) => Number.isFinite(row.a!) && Number.isFinite(row.b!));
      marks.push(
        Plot.link(both, { x1: 'a', x2: 'b', y1: (d: { district: number }) => names[d.district], y2: (d: { district: number }) => names[d.district], stroke: '#999' }),
        Plot.dot(both, { x: 'a', y: (d: { district: number }) => names[d.district], fill: '#7570b3', r: 3.5 }),
        Plot.dot(both, { x: 'b', y: (d: { district: number }) => names[d.district], fill: '#1b9e77', r: 3.5 }),
      );
    }
    marks.push(
      districtMarks(Plot.dot, shown, {
        x: 'value',
        y: (d: { district: number }) => names[d.district],
        r: (d: { district: number }) => (picked.has(d.district) ? 6 : 4),
        fill: (d: { district: number }) => (picked.has(d.district) ? '#d94801' : '#253494'),
        stroke: '#fff',
        title: (d: { district: number }) => `${names[d.district]}: ${figureText(measure, d.district, words)}`,
      }),
    );
    return Plot.plot({
      width,
      height: 40 + 14 * Math.max(1, shown.length),
      marginLeft: 120,
      style: { fontSize: '11px' },
      // Radii in pixels as given (the selection's dots are larger), not through a size scale.
      r: { type: 'identity' },
      x: { label, grid: true, tickFormat: tickFormat(measure.unit, locale) },
      y: { domain: order, label: null },
      marks,
    });
  }, [shown, pair, names, selected, measure, label, words, locale]);

  const top = shown[0];
  const bottom = shown.at(-1);
  const description =
    top && bottom
      ? t('charts.ranking.description', {
          n: formatWhole(shown.length, locale),
          nouns: nounsText(noun, words),
          top: names[top.district]!,
          topValue: figureText(measure, top.district, words),
          bottom: names[bottom.district]!,
          bottomValue: figureText(measure, bottom.district, words),
          median: formatValue(median(measure.values), measure.unit, locale),
        })
      : t('charts.none');
  const pairText = pair ? t('charts.ranking.pair', { a: measureLabel(pair.a, words), b: measureLabel(pair.b, words) }) : '';

  return (
    <PlotFigure title={t('charts.ranking.title', { measure: label })} description={`${description}${pairText ? ` ${pairText}` : ''}`} name="ranking" draw={draw} onDistrict={onSelect} table={<RankingTable {...{ names, measure, rows: r.rows, pair, selected, noun, onSelect }} />}>
      {pair && (
        <p className="plot-key" aria-hidden="true">
          <span className="key-dot" style={{ background: '#7570b3' }} /> {measureLabel(pair.a, words)} <span className="key-dot" style={{ background: '#1b9e77' }} /> {measureLabel(pair.b, words)}
        </p>
      )}
    </PlotFigure>
  );
}

function RankingTable({ names, measure, rows, pair, selected, noun, onSelect }: { names: readonly string[]; measure: Measure; rows: ReturnType<typeof ranking>['rows']; pair: ReturnType<typeof ranking>['pair']; selected: readonly number[]; noun: string; onSelect(d: number): void }) {
  const words = useWords();
  const { t, locale } = words;
  return (
    <table className="district-table">
      <thead>
        <tr>
          <th scope="col">{t('charts.column.rank')}</th>
          <th scope="col">{capitalFirst(nounsText(noun, words), locale)}</th>
          <th scope="col">{measureLabel(measure, words)}</th>
          {pair && <th scope="col">{measureLabel(pair.a, words)}</th>}
          {pair && <th scope="col">{measureLabel(pair.b, words)}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, k) => (
          <tr key={row.district} className={selected.includes(row.district) ? 'selected' : undefined} data-district={row.district}>
            <td>{Number.isFinite(row.value) ? k + 1 : ''}</td>
            <th scope="row">
              <button type="button" className="link-button" aria-pressed={selected.includes(row.district)} onClick={() => onSelect(row.district)}>
                {names[row.district]}
              </button>
            </th>
            <td data-measure={measure.key}>{figureText(measure, row.district, words)}</td>
            {pair && <td>{figureText(pair.a, row.district, words)}</td>}
            {pair && <td>{figureText(pair.b, row.district, words)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
