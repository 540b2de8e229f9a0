// Pure factories for the deck.gl layers of a project's own data drawn over the districts:
// point layers (schools, health facilities) and speed-test tiles. Data are index arrays over
// columns (`{ length }` and accessors by index, as plan-layers.ts), kept as the same objects
// while the points, their style or the tile group are, so toggling another layer uploads
// nothing again. Points are not pickable (no picking pass for them); tiles are, for their
// tooltip, and sit under the points.
import { ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { NO_CLASS, OTHER_RGB, QUALITATIVE_RGB, SIZE_RADII_PX, type PointStyle } from '../core/classify/point-style.ts';
import { NO_DATA_RGB, type Rgb } from '../core/classify/palette.ts';
import { SPEED_RGB, speedClass } from '../core/classify/speed-classes.ts';
import type { PointsOnMap, TilesOnMap } from '../engine/map-layers.ts';

/** Colour of an unstyled point layer, by the layer's place in the project (dark, so they read on any district colour). */
export const POINT_RGB: readonly Rgb[] = [[37, 37, 37], [106, 61, 154], [177, 89, 40], [31, 120, 180]];
/** Radius of an unstyled point, pixels. */
export const POINT_RADIUS_PX = 3;
const HALO: [number, number, number, number] = [255, 255, 255, 200];

/** Layer id prefixes: a pick or a count can tell the kind of layer. */
export const POINTS_PREFIX = 'points:';
export const TILES_PREFIX = 'tiles:';

export interface PointLayerInput {
  readonly points: PointsOnMap;
  /** How the points are sized or coloured; null: all alike. */
  readonly style: PointStyle | null;
  /** Colour of the layer when not coloured by a column. */
  readonly rgb: Rgb;
}

export interface TileLayerInput {
  readonly tiles: TilesOnMap;
  readonly group: number;
}

// Keyed on the positions array: points read again for a new style keep it (and so their upload).
const lengths = new WeakMap<Float64Array, { length: number }>();
function pointData(points: PointsOnMap): { length: number } {
  let data = lengths.get(points.lons);
  if (!data) lengths.set(points.lons, (data = { length: points.lons.length }));
  return data;
}

/** A point layer's points (not pickable), sized or coloured by its style's classes. */
export function pointLayer({ points, style, rgb }: PointLayerInput) {
  const colour = (i: number): Rgb => {
    if (style?.kind !== 'colour') return rgb;
    const c = style.classOf[i]!;
    return c < style.classes.length ? QUALITATIVE_RGB[c]! : OTHER_RGB;
  };
  const radius = (i: number): number => {
    if (style?.kind !== 'size') return POINT_RADIUS_PX;
    const c = style.classOf[i]!;
    return c === NO_CLASS ? 2 : SIZE_RADII_PX[c]!;
  };
  return new ScatterplotLayer<unknown>({
    id: POINTS_PREFIX + points.layer,
    data: pointData(points),
    pickable: false,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getLineWidth: 0.75,
    getLineColor: HALO,
    getPosition: (_: unknown, { index }: { index: number }) => [points.lons[index]!, points.lats[index]!],
    getRadius: (_: unknown, { index }: { index: number }) => radius(index),
    getFillColor: (_: unknown, { index }: { index: number }) => [...colour(index), 235] as [number, number, number, number],
    // Positions depend on the points alone: a new style recolours or resizes without moving
    // them, and a colour style leaves the radii (a float attribute) as they were.
    updateTriggers: { getFillColor: [style?.kind === 'colour' ? style : null, rgb], getRadius: [style?.kind === 'size' ? style : null] },
  });
}

const groupTiles = new WeakMap<TilesOnMap, Map<number, number[]>>();
/** Indices of the tiles of `group` that have a box, the same array while the tiles are. */
export function tilesOfGroup(tiles: TilesOnMap, group: number): number[] {
  const byGroup = groupTiles.get(tiles) ?? new Map<number, number[]>();
  groupTiles.set(tiles, byGroup);
  let list = byGroup.get(group);
  if (!list) {
    list = [];
    for (let i = 0; i < tiles.group.length; i++) if (tiles.group[i] === group && Number.isFinite(tiles.boxes[4 * i]!)) list.push(i);
    byGroup.set(group, list);
  }
  return list;
}

/** The tiles of one group as squares coloured by download speed class (pickable: their figures show on hover). */
export function tileLayer({ tiles, group }: TileLayerInput) {
  const b = tiles.boxes;
  return new SolidPolygonLayer<number>({
    id: TILES_PREFIX + tiles.layer,
    data: tilesOfGroup(tiles, group),
    pickable: true,
    getPolygon: (i) => [[b[4 * i]!, b[4 * i + 1]!], [b[4 * i + 2]!, b[4 * i + 1]!], [b[4 * i + 2]!, b[4 * i + 3]!], [b[4 * i]!, b[4 * i + 3]!]],
    getFillColor: (i) => {
      const c = speedClass(tiles.downloadKbps[i]!);
      return [...(c < 0 ? NO_DATA_RGB : SPEED_RGB[c]!), 225] as [number, number, number, number];
    },
  });
}

/** The tile under a pick on a tile layer (index into the layer's data) as its row among the layer's tiles; −1 none. */
export function pickedTile(input: TileLayerInput, index: number): number {
  return index >= 0 ? (tilesOfGroup(input.tiles, input.group)[index] ?? -1) : -1;
}
