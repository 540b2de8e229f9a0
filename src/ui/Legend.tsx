// The choropleth legend: what the colours mean (which end is better), one swatch per class
// with bounds that say where a value on a bound goes and how many districts fall in it, the
// withheld, missing and thin figures apart, and the controls for the classes.
import { forwardRef } from 'react';
import { NO_DATA_RGB, rgbHex, SUPPRESSED_RGB } from '../core/classify/palette.ts';
import { THIN_TILE_RULE } from '../core/indicators/thin.ts';
import type { Choropleth, ClassSettings } from '../state/choropleth.ts';
import type { MeasureScheme } from '../state/measure-scheme.ts';
import type { Measure } from '../state/measures.ts';
import { ClassControls } from './ClassControls.tsx';

interface Props {
  measure: Measure;
  choropleth: Choropleth;
  scheme: MeasureScheme;
  settings: ClassSettings;
  onSettings(settings: ClassSettings): void;
}

export const Legend = forwardRef<HTMLElement, Props>(function Legend({ measure, choropleth, scheme, settings, onSettings }, ref) {
  const { legend, suppressed, missing, thin } = choropleth;
  return (
    <figure className="legend" ref={ref} aria-labelledby="legend-title">
      <figcaption id="legend-title">{measure.label}</figcaption>
      <p className="legend-reading">{scheme.reading}</p>
      <ul>
        {legend.map((e, i) => (
          <li key={i} data-color={rgbHex(e.color)}>
            <span className="swatch" style={{ background: rgbHex(e.color) }} />
            {e.label} <span className="count">({e.count})</span>
          </li>
        ))}
        {suppressed > 0 && (
          <li data-special="suppressed">
            <span className="swatch" style={{ background: rgbHex(SUPPRESSED_RGB) }} /> withheld: too few people or tests <span className="count">({suppressed})</span>
          </li>
        )}
        {missing > 0 && (
          <li data-special="missing">
            <span className="swatch" style={{ background: rgbHex(NO_DATA_RGB) }} /> no figure <span className="count">({missing})</span>
          </li>
        )}
        {thin > 0 && (
          <li data-special="thin">
            <span className="swatch swatch-thin" /> thin: one tile or under {THIN_TILE_RULE.minTests} tests <span className="count">({thin})</span>
          </li>
        )}
      </ul>
      <ClassControls settings={settings} scheme={scheme} onChange={onSettings} />
    </figure>
  );
});
