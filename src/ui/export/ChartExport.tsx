// Save a chart as SVG or PNG, with its title and the data credits in the file. The credits are
// the footer's (DataCredits: every source with its licence), so a chart cannot leave without them.
import type { RefObject } from 'react';
import { downloadData } from '../../app/download.ts';
import { useWords } from '../../i18n/use-words.ts';
import { standaloneSvg } from './chart-file.ts';
import { svgToPng } from './map-image.ts';
import './export.css';

export function ChartExport({ chart, name, title }: { chart: RefObject<SVGSVGElement | null>; name: string; title: string }) {
  const { t } = useWords();
  const credits = () => [document.querySelector('footer.sources')?.textContent?.trim() ?? ''].filter(Boolean);
  // File names, not words: the same in every language.
  const svgFile = `${name}.svg`;
  const pngFile = `${name}.png`;
  const svg = () => (chart.current ? standaloneSvg(chart.current, title, credits()) : null);
  return (
    <div className="chart-export" role="group" aria-label={t('chartExport.group', { title })}>
      <span>{t('chartExport.label')}</span>
      <button type="button" onClick={() => { const s = svg(); if (s) downloadData(svgFile, s, 'image/svg+xml'); }}>
        {svgFile}
      </button>
      <button type="button" onClick={() => { const s = svg(); if (s) void svgToPng(s, { Title: title, Source: credits().join('\n') }).then((png) => downloadData(pngFile, png, 'image/png')); }}>
        {pngFile}
      </button>
    </div>
  );
}
