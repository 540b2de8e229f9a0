// The project's own data on the map: each point layer (schools, health facilities) and each
// speed-test tile layer shown or hidden, points filtered and sized or coloured by a column,
// tiles coloured by download speed in fixed classes with which end is better.
import { useEffect, useState } from 'react';
import { NO_DATA_RGB, rgbHex } from '../../core/classify/palette.ts';
import { SPEED_BREAKS_MBPS, SPEED_RGB } from '../../core/classify/speed-classes.ts';
import { formatNumber, formatWhole } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { tilesOfGroup } from '../../map/data-layers.ts';
import { PeriodControl } from './PeriodControl.tsx';
import { PointLayerControls } from './PointLayerControls.tsx';
import type { MapLayersCommands, PointLayerState, TileLayerState } from './use-map-layers.ts';

interface Props {
  points: readonly PointLayerState[];
  tiles: readonly TileLayerState[];
  commands: MapLayersCommands;
}

export function MapLayersPanel({ points, tiles, commands }: Props) {
  const { t } = useWords();
  const open = useFoldedOnPhone();
  if (points.length === 0 && tiles.length === 0) return null;
  return (
    <details className="map-layers-panel" open={open.value} onToggle={(e) => open.set(e.currentTarget.open)}>
      <summary>
        <h2 className="summary-heading">{t('maplayers.heading')}</h2>
      </summary>
      <ul className="map-layer-list">
        {tiles.map((l) => (
          <TileLayerControls key={l.name} layer={l} commands={commands} />
        ))}
        {points.map((l) => (
          <PointLayerControls key={l.name} layer={l} commands={commands} />
        ))}
      </ul>
    </details>
  );
}

function TileLayerControls({ layer, commands }: { layer: TileLayerState; commands: MapLayersCommands }) {
  const { t, locale } = useWords();
  const mbps = (v: number) => formatNumber(v, locale);
  const last = SPEED_BREAKS_MBPS.length;
  return (
    <li className="map-layer" data-map-layer={layer.name}>
      <label className="map-layer-toggle">
        <input type="checkbox" checked={layer.shown} onChange={(e) => commands.show(layer.name, e.target.checked)} /> {t('maplayers.showTiles', { layer: layer.name })}
      </label>
      {layer.shown && (
        <div className="map-layer-body">
          <PeriodControl layer={layer.name} by={layer.by} groups={layer.groups} value={layer.group} onChange={(g) => commands.group(layer.name, g)} />
          <p className="counts">{layer.tiles ? t('maplayers.tilesDrawn', { n: formatWhole(tilesOfGroup(layer.tiles, layer.group).length, locale) }) : t('maplayers.reading')}</p>
          <ul className="map-layer-legend" aria-label={t('maplayers.speedLegend')}>
            <li className="legend-reading">{t('maplayers.speedReading')}</li>
            {SPEED_RGB.map((rgb, k) => (
              <li key={k}>
                <span className="swatch" style={{ background: rgbHex(rgb) }} />{' '}
                {k === 0
                  ? t('maplayers.speedUnder', { to: mbps(SPEED_BREAKS_MBPS[0]!) })
                  : k === last
                    ? t('maplayers.speedOver', { from: mbps(SPEED_BREAKS_MBPS[last - 1]!) })
                    : t('maplayers.speedClass', { from: mbps(SPEED_BREAKS_MBPS[k - 1]!), to: mbps(SPEED_BREAKS_MBPS[k]!) })}
              </li>
            ))}
            <li>
              <span className="swatch" style={{ background: rgbHex(NO_DATA_RGB) }} /> {t('maplayers.tip.noSpeed')}
            </li>
          </ul>
        </div>
      )}
    </li>
  );
}

/** Open on a wide screen; folded whenever the screen turns phone-narrow (styles.css's 40rem), where it would push the table off screen. */
function useFoldedOnPhone() {
  const [value, set] = useState(() => !window.matchMedia?.(PHONE).matches);
  useEffect(() => {
    const query = window.matchMedia?.(PHONE);
    if (!query) return;
    const fold = () => query.matches && set(false);
    query.addEventListener('change', fold);
    return () => query.removeEventListener('change', fold);
  }, []);
  return { value, set };
}
const PHONE = '(max-width: 40rem)';
