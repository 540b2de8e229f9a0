// What the UI sees of a run: the project it ran, the districts, the figures per district,
// the indicators' counts, the tables' columns and the report — not the engine's whole run
// (no DuckDB handles, no located points, nothing the screen does not show).
import type { Project } from '../core/project/types.ts';
import type { DistrictColumn } from '../engine/district-columns.ts';
import type { InequalityRow } from '../engine/inequality-rows.ts';
import type { TileTrend } from '../engine/tile-trends.ts';
import type { RunReport } from '../engine/run-report.ts';
import type { TileGroupsView } from '../engine/tile-group-columns.ts';
import type { DistrictLayerData } from '../formats/districts.ts';

/** One rate indicator's counts per group (for the district details), or a value indicator. */
export type IndicatorView =
  | {
      readonly kind: 'rate';
      readonly id: string;
      readonly label: string;
      readonly groups: readonly { readonly group: string; readonly numerator: Float64Array; readonly denominator: Float64Array }[];
      readonly gaps: readonly { readonly a: string; readonly b: string }[];
    }
  | { readonly kind: 'value'; readonly id: string; readonly label: string };

/** The district layer as the map and the table need it. */
export type DistrictsView = Pick<DistrictLayerData, 'ids' | 'names' | 'geometries'>;

export interface RunView {
  readonly project: Project;
  readonly districts: DistrictsView;
  /** districts.csv columns, in its order. */
  readonly columns: readonly DistrictColumn[];
  readonly indicators: readonly IndicatorView[];
  /** Each table layer's columns (for defining an indicator). */
  readonly tables: readonly { readonly name: string; readonly columns: readonly string[] }[];
  /** Each point layer's columns (for a scenario's demand, candidates and costs). */
  readonly points: readonly { readonly name: string; readonly columns: readonly string[] }[];
  /** Share of the index each pillar carries (0–1) by pillar name, when the project has a composite index. */
  readonly pillarShares: Readonly<Record<string, number>> | null;
  /** People per district that weigh project-wide figures (the project's `population`); null: none named, figures unweighted. */
  readonly population: Float64Array | null;
  readonly report: RunReport;
  /** inequality.csv's rows: Gini, Theil (split by region when regions are declared), Palma per column. */
  readonly inequality: readonly InequalityRow[];
  /** Tile figures per district and `by` group (quarters), one per grouped tile layer. */
  readonly tileTrends: readonly TileTrend[];
  /** Tile layers grouped `by` columns: each group's district columns (shown one group at a time). */
  readonly tileGroups?: readonly TileGroupsView[];
  /** The files `lastmile run` would write (name → text), made when first asked for. */
  readonly outputs: () => Readonly<Record<string, string>>;
}
