// The charts of the figure on the map: its ranking (with the gap between groups), a scatter of
// any two figures, its distribution, and the tile figures' trend across quarters.
import type { RunView } from '../../state/run-view.ts';
import type { DistrictChartProps } from './chart-props.ts';
import { DistributionChart } from './DistributionChart.tsx';
import { RankingChart } from './RankingChart.tsx';
import { ScatterChart } from './ScatterChart.tsx';
import { TrendChart } from './TrendChart.tsx';

interface Props extends DistrictChartProps {
  run: Pick<RunView, 'tileTrends'>;
}

export function ChartsView({ run, ...chart }: Props) {
  const { names, measure, selected, noun } = chart;
  return (
    <div className="charts-view">
      <RankingChart {...chart} />
      <ScatterChart {...chart} />
      <DistributionChart {...{ names, measure, selected, noun }} />
      <TrendChart trends={run.tileTrends} {...{ names, selected, noun }} />
    </div>
  );
}
