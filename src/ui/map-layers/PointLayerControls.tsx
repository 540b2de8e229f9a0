// One point layer's controls in the map layers panel: shown or not, a filter on one column's
// value (values from the whole column, most frequent first, with how many there are), the column its points are sized or
// coloured by, and the legend of those sizes or colours with the points drawn.
import { useEffect, useId, useState } from 'react';
import { OTHER_RGB, QUALITATIVE_RGB, SIZE_RADII_PX } from '../../core/classify/point-style.ts';
import { rgbHex } from '../../core/classify/palette.ts';
import { formatNumber, formatWhole } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import type { ColumnValues } from '../../app/map-layer-data.ts';
import type { MapLayersCommands, PointLayerState } from './use-map-layers.ts';

export function PointLayerControls({ layer, commands }: { layer: PointLayerState; commands: MapLayersCommands }) {
  const { t, locale } = useWords();
  const id = useId();
  const [filterColumn, setFilterColumn] = useState(layer.filter?.column ?? '');
  const [values, setValues] = useState<ColumnValues | null>(null);
  useEffect(() => {
    if (!filterColumn) return setValues(null);
    let stale = false;
    void commands.values(layer.name, filterColumn).then((v) => !stale && setValues(v), () => undefined);
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layer.name, filterColumn]);
  const p = layer.points;
  const style = layer.pointStyle;
  return (
    <li className="map-layer" data-map-layer={layer.name}>
      <label className="map-layer-toggle">
        <input type="checkbox" checked={layer.shown} onChange={(e) => commands.show(layer.name, e.target.checked)} />{' '}
        <span className="swatch round" style={{ background: rgbHex(layer.rgb) }} /> {t('maplayers.show', { layer: layer.name })}
      </label>
      {layer.shown && (
        <div className="map-layer-body">
          <div className="map-layer-row">
            <label htmlFor={`${id}-fc`}>{t('maplayers.filter')}</label>
            <select
              id={`${id}-fc`}
              value={filterColumn}
              onChange={(e) => {
                setFilterColumn(e.target.value);
                if (!e.target.value) commands.filter(layer.name, null);
              }}
            >
              <option value="">{t('maplayers.noFilter')}</option>
              {layer.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            {filterColumn && (
              <>
                <label htmlFor={`${id}-fv`}>{t('maplayers.equals')}</label>
                <select
                  id={`${id}-fv`}
                  value={layer.filter?.column === filterColumn ? layer.filter.value : ''}
                  onChange={(e) => commands.filter(layer.name, e.target.value ? { column: filterColumn, value: e.target.value } : null)}
                >
                  <option value="">{t('maplayers.anyValue')}</option>
                  {(values?.values ?? []).map((v) => (
                    <option key={v.value} value={v.value}>
                      {t('maplayers.valueRows', { value: v.value, rows: formatWhole(v.rows, locale) })}
                    </option>
                  ))}
                </select>
                {values && (
                  <span className="counts" data-testid={`filter-values-${layer.name}`}>
                    {values.distinct > values.values.length
                      ? t('maplayers.values.mostFrequent', { shown: formatWhole(values.values.length, locale), n: formatWhole(values.distinct, locale) })
                      : t('maplayers.values.all', { n: formatWhole(values.distinct, locale) })}
                  </span>
                )}
              </>
            )}
          </div>
          <div className="map-layer-row">
            <label htmlFor={`${id}-st`}>{t('maplayers.style')}</label>
            <select id={`${id}-st`} value={layer.style ?? ''} onChange={(e) => commands.style(layer.name, e.target.value || null)}>
              <option value="">{t('maplayers.styleNone')}</option>
              {layer.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          {p ? (
            <p className="counts" data-testid={`points-drawn-${layer.name}`}>
              {t('maplayers.drawn', { n: formatWhole(p.lons.length, locale) })}
              {p.rows > p.lons.length && <> {t('maplayers.noCoordinates', { n: formatWhole(p.rows - p.lons.length, locale) })}</>}
            </p>
          ) : (
            <p className="counts">{t('maplayers.reading')}</p>
          )}
          {style && layer.style && (
            <ul className="map-layer-legend" aria-label={t(style.kind === 'size' ? 'maplayers.sizeLegend' : 'maplayers.colourLegend', { column: layer.style })}>
              {style.classes.map((c, k) => (
                <li key={k}>
                  {style.kind === 'size' ? (
                    <span className="size-swatch" style={{ width: 2 * SIZE_RADII_PX[k]!, height: 2 * SIZE_RADII_PX[k]!, background: rgbHex(layer.rgb) }} />
                  ) : (
                    <span className="swatch round" style={{ background: rgbHex(QUALITATIVE_RGB[k]!) }} />
                  )}{' '}
                  {typeof c.label === 'string'
                    ? c.label
                    : t(k === style.classes.length - 1 ? 'maplayers.sizeLast' : 'maplayers.sizeClass', { from: formatNumber(c.label[0], locale), to: formatNumber(c.label[1], locale) })}{' '}
                  <span className="count">({formatWhole(c.count, locale)})</span>
                </li>
              ))}
              {style.other > 0 && (
                <li>
                  {/* Drawn as data-layers.ts draws them: the smallest dot in the layer's colour, or grey. */}
                  {style.kind === 'size' ? <span className="size-swatch" style={{ width: 4, height: 4, background: rgbHex(layer.rgb) }} /> : <span className="swatch round" style={{ background: rgbHex(OTHER_RGB) }} />}{' '}
                  {t(style.kind === 'size' ? 'maplayers.noValue' : 'maplayers.other')} <span className="count">({formatWhole(style.other, locale)})</span>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
