// The choropleth legend: what the colours mean (which end is better), one swatch per class
// with bounds that say where a value on a bound goes and how many districts fall in it, the
// withheld, missing and thin figures apart, and the controls for the classes.
import { forwardRef } from 'react';
import { NO_DATA_RGB, rgbHex, SUPPRESSED_RGB } from '../core/classify/palette.ts';
import { THIN_TILE_RULE } from '../core/indicators/thin.ts';
import { formatWhole, formatYear } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';
import { entryLabel, type Choropleth, type ClassSettings } from '../state/choropleth.ts';
import { schemeReading, type MeasureScheme } from '../state/measure-scheme.ts';
import { measureLabel, type Measure } from '../state/measures.ts';
import { ClassControls } from './ClassControls.tsx';

interface Props {
  measure: Measure;
  choropleth: Choropleth;
  scheme: MeasureScheme;
  settings: ClassSettings;
  onSettings(settings: ClassSettings): void;
}

export const Legend = forwardRef<HTMLElement, Props>(function Legend({ measure, choropleth, scheme, settings, onSettings }, ref) {
  const words = useWords();
  const { t, locale } = words;
  const { legend, suppressed, missing, thin } = choropleth;
  // Class counts are not grouped ("(1145)"), as the legend always read; digits follow the language.
  const count = (n: number) => <span className="count">({formatYear(n, locale)})</span>;
  return (
    <figure className="legend" ref={ref} aria-labelledby="legend-title">
      <figcaption id="legend-title">{measureLabel(measure, words)}</figcaption>
      <p className="legend-reading">{schemeReading(measure.key, scheme, words)}</p>
      <ul>
        {legend.map((e, i) => (
          <li key={i} data-color={rgbHex(e.color)}>
            <span className="swatch" style={{ background: rgbHex(e.color) }} />
            {entryLabel(e, i === legend.length - 1, measure.unit, words)} {count(e.count)}
          </li>
        ))}
        {suppressed > 0 && (
          <li data-special="suppressed">
            <span className="swatch" style={{ background: rgbHex(SUPPRESSED_RGB) }} /> {t('legend.withheld')} {count(suppressed)}
          </li>
        )}
        {missing > 0 && (
          <li data-special="missing">
            <span className="swatch" style={{ background: rgbHex(NO_DATA_RGB) }} /> {t('legend.noFigure')} {count(missing)}
          </li>
        )}
        {thin > 0 && (
          <li data-special="thin">
            <span className="swatch swatch-thin" /> {t('legend.thin', { tests: formatWhole(THIN_TILE_RULE.minTests, locale) })} {count(thin)}
          </li>
        )}
      </ul>
      <ClassControls settings={settings} scheme={scheme} onChange={onSettings} />
    </figure>
  );
});
