// A run of a project: every figure the app shows and `lastmile run` writes.
import type { Project } from '../core/project/types.ts';
import type { CompositeRun } from './composite-columns.ts';
import type { DistrictColumn } from './district-columns.ts';
import type { InequalityRow, Regions } from './inequality-rows.ts';
import type { OpenedProject } from './open-project.ts';
import type { RunReport } from './run-report.ts';
import type { IndicatorResult } from './run-indicators.ts';
import type { PointLayerRun, TileLayerRun } from './run-layers.ts';

export interface ProjectRun {
  readonly project: Project;
  readonly opened: OpenedProject;
  readonly indicators: readonly IndicatorResult[];
  readonly points: readonly PointLayerRun[];
  readonly tiles: readonly TileLayerRun[];
  /** districts.csv columns after district_id and district_name. */
  readonly columns: readonly DistrictColumn[];
  readonly composite: CompositeRun | null;
  readonly population: Float64Array | null;
  /** Region of each district, when the project declares regions (for the Theil split). */
  readonly regions: Regions | null;
  readonly inequality: readonly InequalityRow[];
  readonly report: RunReport;
}
