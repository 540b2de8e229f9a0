// The state of the map's own-data layers: which point and tile layers are shown, each point
// layer's filter and style column, and each tile layer's group. Points are read from DuckDB
// (through the session) when shown, filtered or restyled; tiles once per layer. Returns the
// overlay MapPanel draws and what the layers panel shows.
import { useEffect, useMemo, useState } from 'react';
import { categories, isNumeric, sizeClasses, type PointStyle } from '../../core/classify/point-style.ts';
import type { ColumnValues, MapLayerData, MapFilter, PointsOnMap, TilesOnMap } from '../../app/map-layer-data.ts';
import type { Layer } from '@deck.gl/core';
import { POINT_RGB, pickedTile, pointLayer, tileLayer, TILES_PREFIX } from '../../map/data-layers.ts';
import type { MapPick } from '../../map/map-controller.ts';
import type { RunView } from '../../state/run-view.ts';
import { groupedKey } from '../../state/tile-group-measures.ts';
import type { Words } from '../../state/words.ts';
import { tileTooltip } from '../../state/tile-tooltip.ts';
import type { MapOverlay } from '../MapPanel.tsx';

/** A point layer as the panel shows it. */
export interface PointLayerState {
  readonly name: string;
  readonly columns: readonly string[];
  readonly shown: boolean;
  readonly filter: MapFilter | null;
  readonly style: string | null;
  /** The drawn points once read (null while reading or hidden). */
  readonly points: PointsOnMap | null;
  readonly pointStyle: PointStyle | null;
  readonly rgb: readonly [number, number, number];
}

/** A tile layer as the panel shows it. */
export interface TileLayerState {
  readonly name: string;
  readonly shown: boolean;
  readonly by: readonly string[];
  readonly groups: readonly (readonly string[])[];
  readonly group: number;
  readonly tiles: TilesOnMap | null;
}

export interface MapLayersCommands {
  show(name: string, on: boolean): void;
  filter(name: string, filter: MapFilter | null): void;
  style(name: string, column: string | null): void;
  /** A tile layer's group; also moves "Map shows" to that group when it shows the layer's figure. */
  group(name: string, group: number): void;
  values(name: string, column: string): Promise<ColumnValues>;
}

interface Settings {
  readonly shown: Readonly<Record<string, boolean>>;
  readonly filters: Readonly<Record<string, MapFilter | null>>;
  readonly styles: Readonly<Record<string, string | null>>;
  readonly groups: Readonly<Record<string, number>>;
}
const NONE: Settings = { shown: {}, filters: {}, styles: {}, groups: {} };

/** The map's point and tile layers for `run`; `measureKey` is what "Map shows" shows, `onMeasure` changes it. */
export function useMapLayers(run: RunView | null, data: MapLayerData | null, measureKey: string | undefined, onMeasure: (key: string) => void, words: Words) {
  const [settings, setSettings] = useState<Settings>(NONE);
  const [points, setPoints] = useState<Readonly<Record<string, PointsOnMap & { readonly filter: MapFilter | null }>>>({});
  const [tiles, setTiles] = useState<Readonly<Record<string, TilesOnMap>>>({});
  const project = run?.project ?? null;

  // A new project starts with its layers hidden.
  const projectTitle = project?.title;
  useEffect(() => {
    setSettings(NONE);
    setPoints({});
    setTiles({});
  }, [projectTitle]);

  // Points: read again whenever a shown layer's filter or style changes, or the project ran again.
  const pointLayers = useMemo(() => project?.points ?? [], [project]);
  useEffect(() => {
    if (!data || !run) return;
    let stale = false;
    for (const layer of pointLayers) {
      if (!settings.shown[layer.name]) continue;
      const filter = settings.filters[layer.name] ?? null;
      void data.points(layer, filter, settings.styles[layer.name] ?? null).then(
        (p) => !stale && setPoints((all) => ({ ...all, [layer.name]: samePositions(all[layer.name], p, filter) })),
        () => undefined,
      );
    }
    return () => {
      stale = true;
    };
  }, [data, run, pointLayers, settings.shown, settings.filters, settings.styles]);

  const tileLayers = useMemo(() => project?.tiles ?? [], [project]);
  useEffect(() => {
    if (!data || !run) return;
    let stale = false;
    for (const layer of tileLayers) {
      if (!settings.shown[layer.name]) continue;
      void data.tiles(layer).then((t) => !stale && setTiles((all) => ({ ...all, [layer.name]: t })), () => undefined);
    }
    return () => {
      stale = true;
    };
  }, [data, run, tileLayers, settings.shown]);

  const styles = useMemo(() => {
    const out: Record<string, PointStyle | null> = {};
    for (const [name, p] of Object.entries(points)) out[name] = p.numbers && p.texts ? (isNumeric(p.numbers, p.texts) ? sizeClasses(p.numbers) : categories(p.texts)) : null;
    return out;
  }, [points]);

  const shownGroup = measureKey ? groupedKey(measureKey) : null;
  const pointStates: PointLayerState[] = pointLayers.map((l, k) => {
    const p = points[l.name] ?? null;
    const style = settings.styles[l.name] ?? null;
    // Points read for another filter or style are not this layer's any more.
    const current = p && settings.shown[l.name] ? p : null;
    return {
      name: l.name,
      columns: run?.points.find((x) => x.name === l.name)?.columns ?? [],
      shown: !!settings.shown[l.name],
      filter: settings.filters[l.name] ?? null,
      style,
      points: current,
      pointStyle: current ? (styles[l.name] ?? null) : null,
      rgb: POINT_RGB[k % POINT_RGB.length] as [number, number, number],
    };
  });
  const groupsOf = (name: string) => run?.tileGroups?.find((g) => g.layer === name);
  const tileStates: TileLayerState[] = tileLayers.map((l) => {
    const grouped = groupsOf(l.name);
    const groups = grouped ? grouped.groups.map((g) => g.key) : [[]];
    const group = shownGroup?.layer === `tiles.${l.name}` ? shownGroup.group : (settings.groups[l.name] ?? groups.length - 1);
    return { name: l.name, shown: !!settings.shown[l.name], by: l.by ?? [], groups, group, tiles: settings.shown[l.name] ? (tiles[l.name] ?? null) : null };
  });

  const tileInputs = tileStates.flatMap((t) => (t.shown && t.tiles ? [{ tiles: t.tiles, group: t.group }] : []));
  const pointInputs = pointStates.flatMap((p) => (p.shown && p.points ? [{ points: p.points, style: p.pointStyle, rgb: p.rgb }] : []));
  const layersKey = JSON.stringify([tileInputs.map((t) => [t.tiles.layer, t.group]), pointInputs.map((p) => p.points.layer)]);
  // New deck.gl layer objects only when what is drawn changed (the inputs' arrays are kept).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layers = useMemo<Layer[]>(() => [...tileInputs.map(tileLayer), ...pointInputs.map(pointLayer)], [layersKey, points, styles, tiles]);

  const overlay = useMemo<MapOverlay | null>(() => {
    if (layers.length === 0) return null;
    return {
      layers,
      districtTooltip: true,
      tooltip: (pick: MapPick) => {
        const input = tileInputs.find((t) => pick.layer === TILES_PREFIX + t.tiles.layer);
        if (!input) return null;
        const i = pickedTile(input, pick.index);
        return i < 0 ? null : tileTooltip(input.tiles, i, words);
      },
      onPick: () => undefined,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layers, words]);

  const commands: MapLayersCommands = {
    show: (name, on) => setSettings((s) => ({ ...s, shown: { ...s.shown, [name]: on } })),
    filter: (name, filter) => setSettings((s) => ({ ...s, filters: { ...s.filters, [name]: filter } })),
    style: (name, column) => setSettings((s) => ({ ...s, styles: { ...s.styles, [name]: column } })),
    group: (name, group) => {
      setSettings((s) => ({ ...s, groups: { ...s.groups, [name]: group } }));
      if (measureKey && shownGroup?.layer === `tiles.${name}`) onMeasure(`${shownGroup.layer}.${shownGroup.metric}@${group}`);
    },
    values: (name, column) => {
      const layer = pointLayers.find((l) => l.name === name);
      return layer && data ? data.values(layer, column) : Promise.resolve({ values: [], distinct: 0 });
    },
  };
  return { points: pointStates, tiles: tileStates, overlay, commands };
}

/**
 * The points read for a new style under the same filter are the same points: keep the arrays
 * deck.gl already holds (data-layers.ts keys its data on them), so a restyle moves nothing.
 */
function samePositions(before: (PointsOnMap & { readonly filter: MapFilter | null }) | undefined, after: PointsOnMap, filter: MapFilter | null): PointsOnMap & { readonly filter: MapFilter | null } {
  const same = before && before.filter?.column === filter?.column && before.filter?.value === filter?.value && before.lons.length === after.lons.length;
  return same ? { ...after, lons: before.lons, lats: before.lats, filter } : { ...after, filter };
}
