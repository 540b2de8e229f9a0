// Any two figures against each other, one dot per district: the selection highlighted and
// named, and the districts at each axis's ends named too.
import * as Plot from '@observablehq/plot';
import { useCallback, useId, useMemo, useState } from 'react';
import { formatFixed, formatWhole } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { correlation, labelledDistricts, scatterPoints, type ScatterPoint } from '../../state/charts/scatter.ts';
import { figureText, measureLabel, type Measure } from '../../state/measures.ts';
import { capitalFirst, nounsText } from '../../state/words.ts';
import { districtMarks, tickFormat } from './plot-marks.ts';
import { PlotFigure } from './PlotFigure.tsx';
import type { DistrictChartProps } from './chart-props.ts';

type Props = DistrictChartProps;

export function ScatterChart({ names, measure, measures, selected, noun, onSelect }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const id = useId();
  const choices = useMemo(() => measures.filter((m) => m.code?.code !== 'margin'), [measures]);
  // Picks are keys: a new run keeps them when the measure still exists.
  const [xKey, setXKey] = useState<string | null>(null);
  const [yKey, setYKey] = useState<string | null>(null);
  const x = choices.find((m) => m.key === xKey) ?? measure;
  const y = choices.find((m) => m.key === yKey) ?? choices.find((m) => m.indicatorId !== x.indicatorId) ?? choices.find((m) => m.key !== x.key) ?? x;
  const points = useMemo(() => scatterPoints(x.values, y.values), [x, y]);
  const named = useMemo(() => labelledDistricts(points, selected), [points, selected]);
  const xLabel = measureLabel(x, words);
  const yLabel = measureLabel(y, words);

  const draw = useCallback((width: number) => {
    const picked = new Set(selected);
    const labelled = points.filter((p) => named.includes(p.district));
    // Selected districts drawn last, on top.
    const ordered = [...points.filter((p) => !picked.has(p.district)), ...points.filter((p) => picked.has(p.district))];
    return Plot.plot({
      width,
      height: 360,
      marginLeft: 56,
      marginRight: 24,
      style: { fontSize: '11px' },
      // Radii in pixels as given (the selection's dots are larger), not through a size scale.
      r: { type: 'identity' },
      x: { label: xLabel, grid: true, tickFormat: tickFormat(x.unit, locale) },
      y: { label: yLabel, grid: true, tickFormat: tickFormat(y.unit, locale) },
      marks: [
        districtMarks(Plot.dot, ordered, {
          x: 'x',
          y: 'y',
          r: (p: ScatterPoint) => (picked.has(p.district) ? 6 : 4),
          fill: (p: ScatterPoint) => (picked.has(p.district) ? '#d94801' : '#253494'),
          fillOpacity: (p: ScatterPoint) => (picked.has(p.district) ? 1 : 0.7),
          stroke: '#fff',
          title: (p: ScatterPoint) => `${names[p.district]}: ${figureText(x, p.district, words)}, ${figureText(y, p.district, words)}`,
        }),
        districtMarks(Plot.text, labelled, { x: 'x', y: 'y', text: (p: ScatterPoint) => names[p.district], dy: -9, fontSize: 11, fill: '#1f2328', stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' }),
      ],
    });
  }, [points, named, selected, names, x, y, xLabel, yLabel, words, locale]);

  const r = correlation(points);
  const description = points.length
    ? t('charts.scatter.description', { n: formatWhole(points.length, locale), nouns: nounsText(noun, words), x: xLabel, y: yLabel, r: formatFixed(r, locale, 2), named: named.map((d) => names[d]).join(', ') })
    : t('charts.none');
  const picker = (which: 'x' | 'y', value: Measure, onChange: (key: string) => void) => (
    <label>
      {t(`charts.scatter.${which}`)}{' '}
      <select id={`${id}-${which}`} value={value.key} onChange={(e) => onChange(e.target.value)}>
        {choices.map((m) => (
          <option key={m.key} value={m.key}>
            {measureLabel(m, words)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <PlotFigure
      title={t('charts.scatter.title', { x: xLabel, y: yLabel })}
      description={description}
      name="scatter"
      draw={draw}
      onDistrict={onSelect}
      table={
        <table className="district-table">
          <thead>
            <tr>
              <th scope="col">{capitalFirst(nounsText(noun, words), locale)}</th>
              <th scope="col">{xLabel}</th>
              <th scope="col">{yLabel}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.district} data-district={p.district} className={selected.includes(p.district) ? 'selected' : undefined}>
                <th scope="row">{names[p.district]}</th>
                <td data-measure={x.key}>{figureText(x, p.district, words)}</td>
                <td data-measure={y.key}>{figureText(y, p.district, words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="plot-pickers">
        {picker('x', x, setXKey)}
        {picker('y', y, setYKey)}
      </div>
    </PlotFigure>
  );
}
