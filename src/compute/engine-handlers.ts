// The engine's heavy computations: pure functions from src/core, exposed to the main
// thread by the engine worker (browser) and called in-process by Node (CLI, tests) through
// the same table, so both give the same numbers. The client's types derive from it.
//
// Each worker keeps the district layers it was given (polygons and their grid index), so
// locating a layer is one call on an index built once per district layer, not a rebuild.
import { inequality } from '../core/equity/inequality.ts';
import { theilDecomposition } from '../core/equity/theil.ts';
import { buildDistrictGrid, type DistrictGrid } from '../core/geo/district-grid.ts';
import { locateInGrid, locatePoints, tileCentres } from '../core/geo/locate.ts';
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import { compositeIndex, type CompositePillar, type Normalisation } from '../core/indicators/composite.ts';
import { computeRates, type RateInput } from '../core/indicators/rates.ts';
import { gapMoePoints, rateMoePoints } from '../core/indicators/uncertainty.ts';
import { aggregateTiles, type TileColumns, type TileOptions } from '../core/indicators/tiles.ts';
import type { TaskContext } from './protocol.ts';
import { sitingHandlers } from './siting-handlers.ts';
import { progressOf } from '../core/progress-steps.ts';

/** District layers a worker keeps at once: the open project's, and a few others (tests, benchmarks, a project being switched to). */
const KEPT_DISTRICT_LAYERS = 4;

interface DistrictLayer {
  readonly polygons: DistrictPolygons;
  readonly grid: DistrictGrid;
}

/** A fresh handler table with its own kept district layers (one per worker, one for in-process calls). */
export function createEngineHandlers() {
  const layers = new Map<string, DistrictLayer>();
  const progressEveryChunk = (ctx: TaskContext) => async (done: number, total: number) => {
    ctx.progress(done, total, ...progressOf('locating'));
    await ctx.checkpoint();
  };
  return {
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
    /** District index per lon/lat point (degrees); −1 outside every district. Builds the grid for this call only. */
    locatePoints(ctx: TaskContext, polygons: DistrictPolygons, lons: Float64Array, lats: Float64Array) {
      return locatePoints(polygons, lons, lats, progressEveryChunk(ctx));
    },
    /** The grid index of a district layer (degrees), built once and then handed to every worker with `keepDistricts`. */
    buildDistrictIndex(_ctx: TaskContext, polygons: DistrictPolygons) {
      return buildDistrictGrid(polygons);
    },
    /** Keeps a district layer and its index under `key` for later `locateInDistricts` calls; the oldest kept layer is let go. */
    keepDistricts(_ctx: TaskContext, key: string, polygons: DistrictPolygons, grid: DistrictGrid) {
      layers.delete(key);
      layers.set(key, { polygons, grid });
      for (const old of layers.keys()) if (layers.size > KEPT_DISTRICT_LAYERS) layers.delete(old);
      return true;
    },
    /** District index per lon/lat point (degrees) in the kept layer `key`; −1 outside every district. */
    locateInDistricts(ctx: TaskContext, key: string, lons: Float64Array, lats: Float64Array) {
      const layer = layers.get(key);
      if (!layer) throw new Error(`this worker holds no district layer "${key}" (keepDistricts first)`);
      return locateInGrid(layer.grid, layer.polygons, lons, lats, progressEveryChunk(ctx));
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
}

export type EngineHandlers = ReturnType<typeof createEngineHandlers>;

/** One handler table for callers that need no kept layers of their own (tests of the protocol). */
export const engineHandlers: EngineHandlers = createEngineHandlers();
