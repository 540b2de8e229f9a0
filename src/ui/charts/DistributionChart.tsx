// How the districts spread over the figure's range: how many fall in each round-numbered band,
// with the selected districts marked where they stand.
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { formatWhole } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { bins, median } from '../../state/charts/distribution.ts';
import { formatValue, measureLabel, type Measure } from '../../state/measures.ts';
import { nounsText } from '../../state/words.ts';
import { tickFormat } from './plot-marks.ts';
import { PlotFigure } from './PlotFigure.tsx';

interface Props {
  names: readonly string[];
  measure: Measure;
  selected: readonly number[];
  noun: string;
}

export function DistributionChart({ names, measure, selected, noun }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const b = useMemo(() => bins(measure.values), [measure]);
  const label = measureLabel(measure, words);
  const marked = useMemo(() => selected.filter((d) => Number.isFinite(measure.values[d]!)), [selected, measure]);
  const fmt = (v: number) => formatValue(v, measure.unit, locale);

  const draw = useCallback((width: number) => {
    const at = marked.map((d) => ({ district: d, value: measure.values[d]! }));
    return Plot.plot({
      width,
      height: 240,
      marginLeft: 44,
      style: { fontSize: '11px' },
      x: { label, tickFormat: tickFormat(measure.unit, locale) },
      y: { label: nounsText(noun, words), grid: true, tickFormat: (v: number) => formatWhole(v, locale) },
      marks: [
        Plot.rectY(b, { x1: 'lo', x2: 'hi', y: 'count', fill: '#7b8cc7', inset: 1 }),
        Plot.ruleY([0]),
        Plot.ruleX(at, { x: 'value', stroke: '#d94801', strokeWidth: 2 }),
        Plot.text(at, { x: 'value', text: (d: { district: number }) => names[d.district], frameAnchor: 'top', dy: 4, textAnchor: 'start', dx: 3, fill: '#d94801' }),
      ],
    });
  }, [b, marked, measure, label, noun, names, words, locale]);

  const n = b.reduce((s, bin) => s + bin.count, 0);
  const busiest = b.reduce<(typeof b)[number] | null>((best, bin) => (best === null || bin.count > best.count ? bin : best), null);
  const description = busiest
    ? t('charts.distribution.description', { n: formatWhole(n, locale), nouns: nounsText(noun, words), median: fmt(median(measure.values)), lo: fmt(busiest.lo), hi: fmt(busiest.hi), most: formatWhole(busiest.count, locale) })
    : t('charts.none');

  return (
    <PlotFigure
      title={t('charts.distribution.title', { measure: label })}
      description={description}
      name="distribution"
      draw={draw}
      table={
        <table className="district-table">
          <thead>
            <tr>
              <th scope="col">{t('charts.column.band', { measure: label })}</th>
              <th scope="col">{t('charts.column.count', { nouns: nounsText(noun, words) })}</th>
            </tr>
          </thead>
          <tbody>
            {b.map((bin) => (
              <tr key={bin.lo}>
                <th scope="row">{t('charts.band', { lo: fmt(bin.lo), hi: fmt(bin.hi) })}</th>
                <td>{formatWhole(bin.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
