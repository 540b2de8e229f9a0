// A district choropleth as SVG, for the printable report and the CLI (no WebGL in Node): the
// app's quantile classes and colour ramp (classify/), outlines in an equirectangular
// projection scaled by the cosine of the middle latitude, a legend, a scale bar and the
// credits. A withheld figure is drawn as "withheld", never by its value's colour.
import type { MultiPolygon, Polygon } from 'geojson';
import { classBreaks, classOf } from '../classify/breaks.ts';
import { NO_DATA_RGB, rgbHex, sequentialRamp } from '../classify/palette.ts';
import { html, type Html } from './html.ts';
import { extent } from '../extent.ts';

export interface MapInput {
  readonly title: string;
  readonly geometries: readonly (Polygon | MultiPolygon | null)[];
  readonly names: readonly string[];
  /** Per district; NaN missing. */
  readonly values: ArrayLike<number>;
  readonly suppressed?: ArrayLike<number> | undefined;
  /** A value as the legend shows it. */
  readonly format: (value: number) => string;
  /** Lines under the map: sources and licences (wrapped to the width). */
  readonly credits: readonly string[];
  /** Width in px (height follows the districts' shape). */
  readonly width?: number;
  /** Draw the title above the map (an image on its own); the report captions it instead. */
  readonly heading?: boolean;
  /** The map's own words and numbers in the reader's language; English when absent. */
  readonly words?: MapWords;
}

/** The words a map writes itself (legend, hover titles, description, scale bar), in one language. */
export interface MapWords {
  /** A district's hover title when its figure is withheld. */
  readonly withheld: string;
  readonly noData: string;
  withheldCount(n: number): string;
  noDataCount(n: number): string;
  /** The <desc> for screen readers: what is mapped over how many districts, how many withheld. */
  description(title: string, districts: number, withheld: number): string;
  /** The scale bar's length in km, e.g. "200 km". */
  km(km: number): string;
}

const ENGLISH: MapWords = {
  withheld: 'withheld (small numbers)',
  noData: 'no data',
  withheldCount: (n) => `withheld, small numbers (${n})`,
  noDataCount: (n) => `no data (${n})`,
  description: (title, districts, withheld) => `Choropleth of ${title} over ${districts} districts in quantile classes${withheld ? `; ${withheld} withheld by small-number protection` : ''}.`,
  km: (km) => `${km.toLocaleString('en')} km`,
};

/** `text` cut into lines of at most `max` characters, at spaces where it can. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const EARTH_KM_PER_DEGREE = 111.32;

/** The largest 1, 2 or 5 × 10ⁿ not above `x`. */
export function niceLength(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= x) ?? p;
}

/** The map as an <svg> element, with a <title> and <desc> for screen readers. */
export function districtMapSvg(m: MapInput): Html {
  const width = m.width ?? 640;
  const words = m.words ?? ENGLISH;
  const rings = m.geometries.map((g) => (g === null ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polys of rings) for (const ring of polys.flat()) for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
  const cos = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const k = width / Math.max(1e-9, (e - w) * cos);
  const top = m.heading ? 28 : 0;
  const mapHeight = top + Math.round((n - s) * k);
  const px = (x: number, y: number) => `${((x - w) * cos * k).toFixed(1)},${(top + (n - y) * k).toFixed(1)}`;
  const withheld = (d: number) => m.suppressed?.[d] === 1;
  const values = Array.from({ length: m.names.length }, (_, d) => (withheld(d) ? Number.NaN : m.values[d]!));
  const finite = values.filter(Number.isFinite);
  const breaks = classBreaks(values, Math.max(1, Math.min(5, finite.length)));
  const palette = sequentialRamp(Math.max(3, breaks.length + 1)).slice(-(breaks.length + 1));
  const colour = (d: number) => (classOf(values[d]!, breaks) < 0 ? rgbHex(NO_DATA_RGB) : rgbHex(palette[classOf(values[d]!, breaks)]!));
  const paths = rings.map((polys, d) => {
    const path = polys.map((poly) => poly.map((ring) => `M${ring.map(([x, y]) => px(x!, y!)).join('L')}Z`).join('')).join('');
    const label = `${m.names[d]}: ${withheld(d) ? words.withheld : Number.isFinite(values[d]!) ? m.format(values[d]!) : words.noData}`;
    return html`<path d="${path}" fill="${colour(d)}" stroke="#fff" stroke-width="0.6"><title>${label}</title></path>`;
  });

  const [lo, hi] = extent(finite);
  const bounds = [lo, ...breaks, hi];
  const nWithheld = m.names.filter((_, d) => withheld(d)).length;
  const nMissing = values.filter((v) => !Number.isFinite(v)).length - nWithheld;
  const entries = [
    ...(finite.length ? palette.map((c, i) => ({ colour: rgbHex(c), label: `${m.format(bounds[i]!)} – ${m.format(bounds[i + 1]!)}` })) : []),
    ...(nWithheld ? [{ colour: rgbHex(NO_DATA_RGB), label: words.withheldCount(nWithheld) }] : []),
    ...(nMissing ? [{ colour: rgbHex(NO_DATA_RGB), label: words.noDataCount(nMissing) }] : []),
  ];
  const legendTop = mapHeight + 16;
  const legend = entries.map((x, i) => html`<rect x="${(i % 3) * (width / 3)}" y="${legendTop + Math.floor(i / 3) * 18}" width="12" height="12" fill="${x.colour}" stroke="#888" stroke-width="0.5"/><text x="${(i % 3) * (width / 3) + 16}" y="${legendTop + Math.floor(i / 3) * 18 + 10}">${x.label}</text>`);
  const legendHeight = Math.ceil(entries.length / 3) * 18;

  // Scale bar: a round length near a fifth of the width, at the middle latitude.
  // One pixel spans 1/(k·cos φ) degrees of longitude, each 111.32·cos φ km wide.
  const kmPerPx = EARTH_KM_PER_DEGREE / k;
  const km = niceLength((width / 5) * kmPerPx);
  const barPx = km / kmPerPx;
  const barTop = legendTop + legendHeight + 8;
  // Credit lines at 9 px: about 5 px a character.
  const credits = m.credits.flatMap((c) => wrapText(c, Math.floor(width / 5)));
  const creditTop = barTop + 34;
  const height = creditTop + credits.length * 12 + 4;
  const desc = words.description(m.title, m.names.length, nWithheld);
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="system-ui, sans-serif" font-size="11"><title>${m.title}</title><desc>${desc}</desc><rect width="${width}" height="${height}" fill="#fff"/>${m.heading ? html`<text x="0" y="18" font-size="16" font-weight="600">${m.title}</text>` : ''}<g>${paths}</g><g>${legend}</g><g><rect x="0" y="${barTop}" width="${barPx.toFixed(1)}" height="4" fill="#333"/><text x="0" y="${barTop + 16}">${words.km(km)}</text></g><g font-size="9" fill="#555">${credits.map((line, i) => html`<text x="0" y="${creditTop + i * 12}">${line}</text>`)}</g></svg>`;
}
