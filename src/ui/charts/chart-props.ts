// What every per-district chart is given: the districts' names, the figure on the map and the
// others it may show, the selection to highlight, the noun for the districts ("county",
// "ward"), and where a click on a district goes.
import type { Measure } from '../../state/measures.ts';

/** Props of a chart with one mark per district. */
export interface DistrictChartProps {
  readonly names: readonly string[];
  /** The figure on the map (a chart may let the planner pick others from `measures`). */
  readonly measure: Measure;
  readonly measures: readonly Measure[];
  /** Districts to highlight (the selection), by index. */
  readonly selected: readonly number[];
  readonly noun: string;
  onSelect(district: number): void;
}
