// The district under the pointer, drawn as one SVG path over the map instead of a deck.gl
// highlight. A highlight is a uniform, but changing it redraws every district: on 3,240
// counties each hover cost 4 draw calls, 3 M vertices and ~20 ms of main-thread JS (issue
// #18). The path is one district's few dozen vertices, projected by the map and re-projected
// when the map moves; nothing is drawn again in WebGL.

/** Rings of one district's polygons, [lon, lat] in degrees (GeoJSON Polygon or MultiPolygon coordinates). */
export type DistrictRings = readonly (readonly (readonly number[])[])[];

/** Darkening laid over the hovered district's fill (the tint deck.gl's highlight used: rgb 20, alpha 90/255). */
const TINT = 'rgba(20, 20, 20, 0.35)';
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * SVG path data for `rings` drawn through `project` (lon, lat → container px). Each ring is
 * unwrapped (no jump over 180° between neighbours) and moved by whole turns to lie nearest
 * `nearLon` (the pointer's longitude), so a district across the antimeridian, or on another
 * copy of the world, is drawn where the pointer is.
 */
export function ringsPath(rings: DistrictRings, project: (lon: number, lat: number) => readonly [number, number], nearLon: number): string {
  const parts: string[] = [];
  for (const ring of rings) {
    if (ring.length < 3) continue;
    const first = ring[0]![0]!;
    const shift = Number.isFinite(nearLon) ? Math.round((nearLon - first) / 360) * 360 : 0;
    let previous = first;
    let turns = 0;
    const points: string[] = [];
    for (const vertex of ring) {
      const lon = vertex[0]!;
      if (lon - previous > 180) turns -= 360;
      else if (previous - lon > 180) turns += 360;
      previous = lon;
      const [x, y] = project(lon + turns + shift, vertex[1]!);
      points.push(`${round(x)} ${round(y)}`);
    }
    parts.push(`M${points.join('L')}Z`);
  }
  return parts.join('');
}

/** Tenths of a pixel: enough for a crisp edge, short path strings. */
function round(px: number): number {
  return Math.round(px * 10) / 10;
}

/** One absolutely placed SVG, laid right over the districts' canvas, that shows one district at a time. */
export class HoverOutline {
  private readonly svg: SVGSVGElement;
  private readonly path: SVGPathElement;
  private shown: { rings: DistrictRings; nearLon: number } | null = null;

  /**
   * `host`: the element holding the districts' canvas (asked at the first hover, once deck.gl
   * has made it), so the outline shares its box and stacking, above the districts and beside
   * the map's controls. `project`: lon, lat (degrees) → px in that box.
   */
  constructor(private readonly host: () => HTMLElement, private readonly project: (lon: number, lat: number) => readonly [number, number]) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('aria-hidden', 'true');
    Object.assign(this.svg.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none', overflow: 'hidden' });
    this.path = document.createElementNS(SVG_NS, 'path');
    this.path.setAttribute('fill', TINT);
    this.path.setAttribute('fill-rule', 'evenodd');
    this.svg.appendChild(this.path);
  }

  /** Shows `rings` (null: nothing) near the pointer's longitude `nearLon` (degrees). */
  show(rings: DistrictRings | null, nearLon: number): void {
    this.shown = rings ? { rings, nearLon } : null;
    if (rings && !this.svg.isConnected) this.host().appendChild(this.svg);
    this.redraw();
  }

  /** Draws the shown district again where the map now puts it (after a pan or zoom). */
  redraw(): void {
    this.path.setAttribute('d', this.shown ? ringsPath(this.shown.rings, this.project, this.shown.nearLon) : '');
  }

  destroy(): void {
    this.svg.remove();
  }
}
