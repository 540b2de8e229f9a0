// The engine's heavy computations: pure functions from src/core, exposed to the main
// thread by the engine worker (browser) and called in-process by Node (CLI, tests) through
// the same table, so both give the same numbers. The client's types derive from it.
import { inequality } from '../src/core/equity/inequality.ts';
import { theilDecomposition } from '../src/core/equity/theil.ts';
import { locatePoints, tileCentres } from '../src/core/geo/locate.ts';
import type { DistrictPolygons } from '../src/core/geo/polygon.ts';
import { compositeIndex, type CompositePillar, type Normalisation } from '../src/core/indicators/composite.ts';
import { computeRates, type RateInput } from '../src/core/indicators/rates.ts';
import { gapMoePoints, rateMoePoints } from '../src/core/indicators/uncertainty.ts';
import { aggregateTiles, type TileColumns, type TileOptions } from '../src/core/indicators/tiles.ts';
import { sitingHandlers } from '../src/compute/siting-handlers.ts';
import type { TaskContext } from './protocol.ts';

export const engineHandlers = {
  /** Rates (percent), gaps (percentage points) and parity per district from group counts. */
  rates(_ctx: TaskContext, input: RateInput) {
    return computeRates(input);
  },
  /** Margin of error of a rate per district, in percentage points, from counts and their margins. */
  rateMargins(_ctx: TaskContext, numerator: Float64Array, denominator: Float64Array, numeratorMoe: Float64Array, denominatorMoe: Float64Array) {
    return rateMoePoints(numerator, denominator, numeratorMoe, denominatorMoe);
  },
  /** Margin of error of a gap between two rates per district, in percentage points. */
  gapMargins(_ctx: TaskContext, moeA: Float64Array, moeB: Float64Array) {
    return gapMoePoints(moeA, moeB);
  },
  /** District index per lon/lat point (degrees); −1 outside every district. */
  locatePoints(ctx: TaskContext, polygons: DistrictPolygons, lons: Float64Array, lats: Float64Array) {
    return locatePoints(polygons, lons, lats, async (done, total) => {
      ctx.progress(done, total, 'locating');
      await ctx.checkpoint();
    });
  },
  /** Centre lon/lat of each quadkey tile (degrees), invalid quadkeys reported. */
  tileCentres(_ctx: TaskContext, quadkeys: readonly (string | null)[]) {
    return tileCentres(quadkeys);
  },
  /** Test-weighted speeds per (district, group) from Ookla tiles. */
  aggregateTiles(_ctx: TaskContext, columns: TileColumns, options: TileOptions) {
    return aggregateTiles(columns, options);
  },
  /** Gini, Theil and Palma of a district column, optionally population-weighted. */
  inequality(_ctx: TaskContext, values: Float64Array, weights?: Float64Array) {
    return inequality(values, weights);
  },
  /** Theil's between/within-region decomposition. */
  theilDecomposition(_ctx: TaskContext, values: Float64Array, region: Int32Array, nRegions: number, weights?: Float64Array) {
    return theilDecomposition(values, region, nRegions, weights);
  },
  /** Composite divide index and its pillars per district. */
  compositeIndex(_ctx: TaskContext, pillars: readonly CompositePillar[], normalisation: Normalisation) {
    return compositeIndex(pillars, { normalisation });
  },
  ...sitingHandlers,
};

export type EngineHandlers = typeof engineHandlers;
