// The map's point and tile layers read from the page's DuckDB, each read taking its turn
// with runs and plans (db-turns.ts). Tiles are read once per layer definition; points again
// for each filter or style column, since the filter is applied in SQL.
import type { PointLayer, TileLayer } from '../core/project/types.ts';
import type { Db } from '../db/db.ts';
import { inTurn } from '../db/db-turns.ts';
import { readColumnValues, readPointsOnMap, readTilesOnMap, type ColumnValues, type MapFilter, type PointsOnMap, type TilesOnMap } from '../engine/map-layers.ts';

export type { ColumnValues, MapFilter, PointsOnMap, TilesOnMap };

/** Reads what the map draws of a layer; the layer must be loaded (a run of its project has finished). */
export class MapLayerData {
  private readonly tileReads = new WeakMap<TileLayer, Promise<TilesOnMap>>();

  constructor(private readonly db: () => Promise<Db>) {}

  /** Drawable points of `layer` passing `filter`, with `style`'s values. */
  async points(layer: PointLayer, filter: MapFilter | null, style: string | null): Promise<PointsOnMap> {
    const db = await this.db();
    return inTurn(db, () => readPointsOnMap(db, layer, filter, style));
  }

  /** The values of a column of `layer` over its whole table, most frequent first (map filters offer these). */
  async values(layer: PointLayer, column: string): Promise<ColumnValues> {
    const db = await this.db();
    return inTurn(db, () => readColumnValues(db, layer, column));
  }

  /** Every tile of `layer`, read once per layer definition. */
  tiles(layer: TileLayer): Promise<TilesOnMap> {
    let read = this.tileReads.get(layer);
    if (!read) {
      read = this.db().then((db) => inTurn(db, () => readTilesOnMap(db, layer)));
      this.tileReads.set(layer, read);
      read.catch(() => this.tileReads.delete(layer));
    }
    return read;
  }
}
