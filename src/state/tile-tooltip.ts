// What the tooltip of a speed-test tile says: its layer and group (the period), its download
// speed in Mbps with the kbps the file gives (so a planner can find the row), tests, devices.
import type { TilesOnMap } from '../engine/map-layers.ts';
import { formatMbps, formatWhole } from '../i18n/format.ts';
import type { Words } from './words.ts';

/** A tile's figures for its tooltip: layer and group, download speed (with the file's kbps), tests, devices. */
export function tileTooltip(tiles: TilesOnMap, i: number, words: Words): string[] {
  const { t, locale } = words;
  const key = tiles.groups[tiles.group[i]!]?.key ?? [];
  const kbps = tiles.downloadKbps[i]!;
  return [
    key.length ? `${tiles.layer} · ${key.join(' · ')}` : tiles.layer,
    Number.isFinite(kbps) ? t('maplayers.tip.download', { mbps: formatMbps(kbps / 1000, locale), kbps: formatWhole(kbps, locale) }) : t('maplayers.tip.noSpeed'),
    t('maplayers.tip.tests', { n: formatWhole(tiles.tests[i]!, locale) }),
    t('maplayers.tip.devices', { n: formatWhole(tiles.devices[i]!, locale) }),
  ];
}
