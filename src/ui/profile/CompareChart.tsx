// The figure on the map for the compared districts as an Observable Plot dot chart: one dot per
// district (labelled with its figure, as the table words it), the project-wide reference as a
// rule. Withheld and missing figures get no dot; the table says why.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { figureText, formatValue, measureLabel, type Measure } from '../../state/measures.ts';

interface Props {
  districts: readonly number[];
  names: readonly string[];
  measure: Measure;
  /** The reference line, in the measure's unit; null: none (a count's total is not on its scale). */
  reference: number | null;
  noun: string;
}

export function CompareChart({ districts, names, measure, reference, noun }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const box = useRef<HTMLDivElement>(null);
  // The chart is drawn at the width it has on screen (the dialog opens after this mounts).
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.round(el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const label = measureLabel(measure, words);
  const description = t('compare.chartDesc', { noun });
  useEffect(() => {
    const el = box.current;
    if (!el || width === 0) return;
    const data = districts.flatMap((d) => (measure.suppressed?.[d] || !Number.isFinite(measure.values[d]!) ? [] : [{ name: names[d]!, value: measure.values[d]!, text: figureText(measure, d, words) }]));
    const chart = Plot.plot({
      width: Math.max(280, Math.min(640, width)),
      marginLeft: width < 420 ? 80 : 110,
      height: 40 + 28 * Math.max(1, districts.length),
      marginRight: 70,
      ariaLabel: label,
      ariaDescription: description,
      x: { label, grid: true, tickFormat: (v: number) => formatValue(v, measure.unit, locale) },
      y: { label: null, domain: districts.map((d) => names[d]!) },
      marks: [
        ...(reference !== null && Number.isFinite(reference) ? [Plot.ruleX([reference], { stroke: '#888', strokeDasharray: '4 3' })] : []),
        Plot.dot(data, { x: 'value', y: 'name', r: 5, fill: '#253494' }),
        Plot.text(data, { x: 'value', y: 'name', text: 'text', dx: 10, textAnchor: 'start', fill: '#222' }),
      ],
    });
    // Plot names each mark's <g> ("dot", "rule") with aria-label and no role, which ARIA forbids;
    // the chart is one image named by its caption and described in words, the table has the numbers.
    for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    chart.setAttribute('role', 'img');
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [width, districts, names, measure, reference, label, description, locale, words]);
  return (
    <figure className="compare-chart">
      <figcaption>{t('compare.chart', { measure: label, noun })}</figcaption>
      {/* Focusable, so a keyboard user reaches the chart and hears its name and description. */}
      <div ref={box} className="compare-plot" data-testid="compare-chart" tabIndex={0} role="group" aria-label={label} />
    </figure>
  );
}
