// Save a chart as SVG or PNG, with its title and the data credits in the file. The credits are
// the footer's (DataCredits: every source with its licence), so a chart cannot leave without them.
import type { RefObject } from 'react';
import { downloadData } from '../../app/download.ts';
import { standaloneSvg } from './chart-file.ts';
import { svgToPng } from './map-image.ts';
import './export.css';

export function ChartExport({ chart, name, title }: { chart: RefObject<SVGSVGElement | null>; name: string; title: string }) {
  const credits = () => [document.querySelector('footer.sources')?.textContent?.trim() ?? ''].filter(Boolean);
  const svg = () => (chart.current ? standaloneSvg(chart.current, title, credits()) : null);
  return (
    <div className="chart-export" role="group" aria-label={`Save the chart: ${title}`}>
      <span>Save chart:</span>
      <button type="button" onClick={() => { const s = svg(); if (s) downloadData(`${name}.svg`, s, 'image/svg+xml'); }}>
        {name}.svg
      </button>
      <button type="button" onClick={() => { const s = svg(); if (s) void svgToPng(s, { Title: title, Source: credits().join('\n') }).then((png) => downloadData(`${name}.png`, png, 'image/png')); }}>
        {name}.png
      </button>
    </div>
  );
}
