// The choropleth legend: one swatch per class with its range and how many districts fall in it.
import { NO_DATA_RGB, rgbHex } from '../core/classify/palette.ts';
import type { LegendEntry } from '../state/choropleth.ts';
import { formatValue, type Measure } from '../state/measures.ts';

export function Legend({ measure, legend, missing }: { measure: Measure; legend: readonly LegendEntry[]; missing: number }) {
  return (
    <figure className="legend" aria-label={`Legend: ${measure.label}`}>
      <figcaption>{measure.label}</figcaption>
      <ul>
        {legend.map((e, i) => (
          <li key={i} data-color={rgbHex(e.color)}>
            <span className="swatch" style={{ background: rgbHex(e.color) }} />
            {formatValue(e.from, measure.unit)} – {formatValue(e.to, measure.unit)} <span className="count">({e.count})</span>
          </li>
        ))}
        {missing > 0 && (
          <li>
            <span className="swatch" style={{ background: rgbHex(NO_DATA_RGB) }} /> no data or suppressed <span className="count">({missing})</span>
          </li>
        )}
      </ul>
      <p className="legend-note">Quantile classes</p>
    </figure>
  );
}
