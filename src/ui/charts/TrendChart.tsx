// Tile figures across their groups (quarters): all districts together, test-weighted, and the
// selected districts. Only projects with grouped tile layers have one; others are told so.
import * as Plot from '@observablehq/plot';
import { useCallback, useId, useMemo, useState } from 'react';
import { formatMbps, formatMs } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import type { TileTrend } from '../../engine/tile-trends.ts';
import { trendRows, type TrendFigure } from '../../state/charts/trend.ts';
import { nounsText } from '../../state/words.ts';
import { PlotFigure } from './PlotFigure.tsx';

interface Props {
  trends: readonly TileTrend[];
  names: readonly string[];
  selected: readonly number[];
  noun: string;
}

const FIGURES: readonly TrendFigure[] = ['downloadMbps', 'uploadMbps', 'latencyMs'];
const COLOURS = ['#d94801', '#1b9e77', '#7570b3', '#e7298a'];

export function TrendChart({ trends, names, selected, noun }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const id = useId();
  const [layerName, setLayerName] = useState<string | null>(null);
  const [figure, setFigure] = useState<TrendFigure>('downloadMbps');
  const trend = trends.find((tr) => tr.layer === layerName) ?? trends[0];
  const shown = useMemo(() => selected.slice(0, COLOURS.length), [selected]);
  const rows = useMemo(() => (trend ? trendRows(trend, figure, shown) : []), [trend, figure, shown]);
  const fmt = useCallback((v: number) => (figure === 'latencyMs' ? formatMs(v, locale) : formatMbps(v, locale)), [figure, locale]);
  const all = t('charts.trend.all', { nouns: nounsText(noun, words) });
  const figureLabel = t(`charts.trend.figure.${figure}`);

  const draw = useCallback((width: number) => {
    const series = [
      ...rows.map((r) => ({ group: r.group, value: r.all, who: all })),
      ...shown.flatMap((d, k) => rows.map((r) => ({ group: r.group, value: r.districts[k]!, who: names[d]! }))),
    ].filter((p) => Number.isFinite(p.value));
    const who = [all, ...shown.map((d) => names[d]!)];
    return Plot.plot({
      width,
      height: 260,
      marginLeft: 76,
      marginBottom: 40,
      style: { fontSize: '11px' },
      x: { label: null, domain: rows.map((r) => r.group), tickRotate: -30 },
      y: { label: figureLabel, grid: true, zero: figure !== 'latencyMs', tickFormat: fmt },
      color: { domain: who, range: ['#253494', ...COLOURS] },
      marks: [Plot.line(series, { x: 'group', y: 'value', z: 'who', stroke: 'who', strokeWidth: 2 }), Plot.dot(series, { x: 'group', y: 'value', fill: 'who', r: 3, title: (p: { who: string; group: string; value: number }) => `${p.who}, ${p.group}: ${fmt(p.value)}` })],
    });
  }, [rows, shown, names, all, figure, figureLabel, fmt]);

  if (!trend) return <p className="plot-none">{t('charts.trend.none')}</p>;
  const first = rows[0];
  const last = rows.at(-1);
  const description = first && last ? t('charts.trend.description', { layer: trend.layer, figure: figureLabel, nouns: nounsText(noun, words), first: first.group, firstValue: fmt(first.all), last: last.group, lastValue: fmt(last.all) }) : t('charts.none');

  return (
    <PlotFigure
      title={t('charts.trend.title', { layer: trend.layer, figure: figureLabel })}
      description={description}
      name={`trend-${trend.layer}`}
      draw={draw}
      table={
        <table className="district-table">
          <thead>
            <tr>
              <th scope="col">{t('charts.column.period')}</th>
              <th scope="col">{all}</th>
              {shown.map((d) => (
                <th scope="col" key={d}>
                  {names[d]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.group}>
                <th scope="row">{r.group}</th>
                <td>{fmt(r.all)}</td>
                {r.districts.map((v, k) => (
                  <td key={shown[k]}>{fmt(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="plot-pickers">
        {trends.length > 1 && (
          <label>
            {t('charts.trend.layer')}{' '}
            <select id={`${id}-layer`} value={trend.layer} onChange={(e) => setLayerName(e.target.value)}>
              {trends.map((tr) => (
                <option key={tr.layer} value={tr.layer}>
                  {tr.layer}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('charts.trend.show')}{' '}
          <select id={`${id}-figure`} value={figure} onChange={(e) => setFigure(e.target.value as TrendFigure)}>
            {FIGURES.map((f) => (
              <option key={f} value={f}>
                {t(`charts.trend.figure.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </PlotFigure>
  );
}
