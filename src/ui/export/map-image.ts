// The map as a PNG file: the shown measure drawn from the district outlines in the map's own
// classes and colours (core/export/svg-map.ts: legend, title, scale bar, sources), rasterised
// at twice its size on a 2D canvas, with its text alternative and credits stored in the
// file (iTXt). Drawn from geometry rather than read back from WebGL, so the image needs
// nothing of the map's drawing buffer and looks the same at any window size.
import { mapAltText } from '../../core/export/map-alt.ts';
import { withPngText } from '../../core/export/png-text.ts';
import { districtMapSvg } from '../../core/export/svg-map.ts';
import type { DistrictsView } from '../../state/run-view.ts';
import { formatValue, type Measure } from '../../state/measures.ts';

export interface MapImageInput {
  readonly title: string;
  readonly measure: Measure;
  readonly districts: DistrictsView;
  readonly noun: string;
  /** Credit lines (sources with licences) and licence warnings. */
  readonly credits: readonly string[];
}

/** The map's SVG text and its description (alt text). */
export function mapImage(m: MapImageInput): { svg: string; alt: string } {
  const format = (v: number) => formatValue(v, m.measure.unit);
  const input = { title: `${m.title}: ${m.measure.label}`, names: m.districts.names, values: m.measure.values, suppressed: m.measure.suppressed, format };
  const svg = districtMapSvg({ ...input, geometries: m.districts.geometries, credits: m.credits, width: 800, heading: true }).text;
  const alt = mapAltText({ ...input, title: m.measure.label, noun: m.noun, sources: m.credits });
  return { svg, alt };
}

/** A PNG of `svg` at `scale` times its size, with `text` entries (keyword → text) stored in it. */
export async function svgToPng(svg: string, text: Readonly<Record<string, string>>, scale = 2): Promise<Uint8Array> {
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(Number(w) * scale);
    canvas.height = Math.round(Number(h) * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not make a PNG'))), 'image/png'));
    return withPngText(new Uint8Array(await blob.arrayBuffer()), text);
  } finally {
    URL.revokeObjectURL(url);
  }
}
