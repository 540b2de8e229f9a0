// One chart drawn by Observable Plot, as the charts view shows every chart: a keyboard-focusable
// figure whose caption names it and whose description gives its key figures, the same numbers
// in a table under a toggle, and the chart saved as SVG or PNG with the data credits.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { ChartExport } from '../export/ChartExport.tsx';

interface Props {
  /** Heading of the chart, also the saved file's title. */
  title: string;
  /** Key figures in one or two sentences: the figure's accessible description. */
  description: string;
  /** File name of the saved chart, without extension. */
  name: string;
  /** Draws the chart `width` CSS pixels wide; called again whenever it changes identity (wrap it in useCallback) or the width changes. */
  draw: (width: number) => SVGSVGElement | HTMLElement;
  /** The same numbers as the chart, in a table. */
  table: ReactNode;
  /** A district clicked on the chart (a mark carrying data-district). */
  onDistrict?: (district: number) => void;
  children?: ReactNode;
}

export function PlotFigure({ title, description, name, draw, table, onDistrict, children }: Props) {
  const { t } = useWords();
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<SVGSVGElement | null>(null);
  const [showTable, setShowTable] = useState(false);
  const width = useWidth(host);

  useEffect(() => {
    const el = host.current;
    // Hidden (the phone shows the map): nothing to draw into.
    if (!el || width === 0) return;
    const drawn = draw(width);
    const svg = drawn instanceof SVGSVGElement ? drawn : drawn.querySelector('svg');
    if (svg) {
      // The figure's caption and description speak for the picture; its marks are not read one by one.
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-labelledby', `${id}-title`);
      svg.setAttribute('aria-describedby', `${id}-description`);
      // Plot names each mark's <g> ("dot", "line"); ARIA allows no label on a <g> without a role,
      // and inside an image the marks are not read anyway.
      for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
        el.removeAttribute('aria-label');
        el.removeAttribute('aria-description');
      }
    }
    chart.current = svg;
    el.replaceChildren(drawn);
    return () => {
      drawn.remove();
      chart.current = null;
    };
  }, [draw, id, width]);

  const onClick = (e: React.MouseEvent) => {
    const mark = (e.target as Element).closest('[data-district]');
    if (mark && onDistrict) onDistrict(Number(mark.getAttribute('data-district')));
  };

  return (
    <figure className="plot-figure" tabIndex={0} aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} data-chart={name}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-description`} className="plot-description">
          {description}
        </p>
      </figcaption>
      {children}
      {/* Clicks on a district's mark select it; the keyboard selects from the table below. */}
      <div className="plot-host" ref={host} onClick={onDistrict ? onClick : undefined} />
      <div className="plot-actions">
        <button type="button" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable((s) => !s)}>
          {showTable ? t('charts.table.hide') : t('charts.table.show')}
        </button>
        <ChartExport chart={chart} name={name} title={title} />
      </div>
      <div id={`${id}-table`} className="table-wrap plot-table" hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}

/** The element's content width in CSS pixels, in steps of 20 (so a drag-resize redraws a few times, not every frame), at most 640; 0 while hidden. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? 0;
      setWidth(w <= 0 ? 0 : Math.min(640, Math.max(260, Math.floor(w / 20) * 20)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
