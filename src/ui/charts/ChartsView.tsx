// The charts of the figure on the map: its ranking (with the gap between groups), a scatter of
// any two figures, its distribution, and the tile figures' trend across quarters.
import type { Measure } from '../../state/measures.ts';
import type { RunView } from '../../state/run-view.ts';
import { DistributionChart } from './DistributionChart.tsx';
import { RankingChart } from './RankingChart.tsx';
import { ScatterChart } from './ScatterChart.tsx';
import { TrendChart } from './TrendChart.tsx';

interface Props {
  run: Pick<RunView, 'tileTrends'>;
  names: readonly string[];
  measure: Measure;
  measures: readonly Measure[];
  selected: readonly number[];
  noun: string;
  onSelect(district: number): void;
}

export function ChartsView({ run, names, measure, measures, selected, noun, onSelect }: Props) {
  return (
    <div className="charts-view">
      <RankingChart {...{ names, measure, measures, selected, noun, onSelect }} />
      <ScatterChart {...{ names, measure, measures, selected, noun, onSelect }} />
      <DistributionChart {...{ names, measure, selected, noun }} />
      <TrendChart trends={run.tileTrends} {...{ names, selected, noun }} />
    </div>
  );
}
