// Which district is under the pointer, answered on the CPU from the district grid index
// (core/geo) instead of by deck.gl's GPU picking, which draws every polygon again into a
// picking buffer and reads it back with a synchronous readPixels on each hover and click
// (issue #18: 2 readPixels and ~4.6 M vertices per click on 3,231 counties).
import { assignPoints, buildDistrictGrid, type DistrictGrid } from '../core/geo/district-grid.ts';
import { fromGeoJSON, type DistrictFeature, type DistrictPolygons } from '../core/geo/polygon.ts';

/**
 * A coarse grid is enough for one point at a time: a boundary cell costs a few exact tests,
 * and 256 cells a side build in a few milliseconds even for 100k vertices.
 */
const PICK_RESOLUTION = 256;

export class DistrictPicker {
  private readonly polys: DistrictPolygons;
  private readonly grid: DistrictGrid;
  private readonly lon = new Float64Array(1);
  private readonly lat = new Float64Array(1);

  /** Answers with indices into `features` (a feature without geometry is never picked). */
  constructor(features: readonly DistrictFeature[]) {
    this.polys = fromGeoJSON(features);
    this.grid = buildDistrictGrid(this.polys, { resolution: PICK_RESOLUTION });
  }

  /** Index of the feature containing lon/lat (degrees; a longitude off the ±180° range is wrapped), or −1. */
  at(lon: number, lat: number): number {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return -1;
    const found = this.locate(lon, lat);
    if (found >= 0) return found;
    // A map panned across the antimeridian reports longitudes beyond ±180°; districts drawn
    // there may be stored on either side.
    const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
    if (wrapped !== lon) {
      const w = this.locate(wrapped, lat);
      if (w >= 0) return w;
    }
    return wrapped < 0 ? this.locate(wrapped + 360, lat) : this.locate(wrapped - 360, lat);
  }

  private locate(lon: number, lat: number): number {
    this.lon[0] = lon;
    this.lat[0] = lat;
    return assignPoints(this.grid, this.polys, this.lon, this.lat)[0]!;
  }
}
