// A chart on screen as a file of its own: the <svg> cloned with the styles the page's CSS gives
// it written onto each element (a standalone SVG has no stylesheet), a white background, its
// title and the data credits under it. The PNG is that SVG rasterised (map-image.ts).
import { wrapText } from '../../core/export/svg-map.ts';
import { escapeHtml } from '../../core/export/html.ts';

// The presentation properties the app's chart CSS sets.
const STYLED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

/** `chart` as standalone SVG text titled `title`, with `credits` (lines) beneath. */
export function standaloneSvg(chart: SVGSVGElement, title: string, credits: readonly string[]): string {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const from = [chart, ...chart.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const p of STYLED) to[i]!.setAttribute(p, style.getPropertyValue(p));
    to[i]!.removeAttribute('class');
    to[i]!.removeAttribute('tabindex');
  });
  const [, , w = 400, h = 300] = (chart.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const lines = [title, ...credits.flatMap((c) => wrapText(c, Math.floor(w / 5)))];
  const height = h + 8 + lines.length * 12;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('viewBox', `0 0 ${w} ${height}`);
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(height));
  const body = new XMLSerializer().serializeToString(copy).replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const head = /^<svg[^>]*>/.exec(new XMLSerializer().serializeToString(copy))![0];
  const text = lines.map((line, i) => `<text x="4" y="${h + 14 + i * 12}" font-size="${i === 0 ? 10 : 8}" fill="#444" font-family="system-ui, sans-serif">${escapeHtml(line)}</text>`).join('');
  return `${head}<title>${escapeHtml(title)}</title><rect width="${w}" height="${height}" fill="#fff"/>${body}${text}</svg>`;
}
