// The district under the pointer and the selected district, drawn as SVG paths over the map
// instead of in deck.gl. A highlight is a uniform and a selection one small layer, but either
// change redraws every district: on 3,240 counties a hover cost 4 draw calls and 3 M vertices,
// a click 24 draw calls, 1.8 M vertices and an upload of the outline (issue #18). A path is
// one district's few dozen vertices, projected by the map and re-projected when the map
// moves; nothing is drawn again in WebGL.

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

/** Outline colour and width (px) of the selected district. */
export const SELECTED_STROKE = { colour: 'rgb(217, 72, 1)', width: 3 } as const;

interface Shown {
  readonly rings: DistrictRings;
  /** Longitude (degrees) to draw near; NaN: near the map's centre at each redraw. */
  readonly nearLon: number;
}

/** One absolutely placed SVG, laid right over the districts' canvas: the hovered district tinted, the selected one outlined. */
export class DistrictOutlines {
  private readonly svg: SVGSVGElement;
  private readonly hoverPath: SVGPathElement;
  private readonly selectedPath: SVGPathElement;
  private hovered: Shown | null = null;
  private selected: Shown | null = null;

  /**
   * `host`: the element holding the districts' canvas, or null until deck.gl has made it; the
   * outlines share its box and stacking, above the districts and beside the map's controls.
   * `project`: lon, lat (degrees) → px in that box; `centreLon`: the map's centre longitude.
   */
  constructor(
    private readonly host: () => HTMLElement | null,
    private readonly project: (lon: number, lat: number) => readonly [number, number],
    private readonly centreLon: () => number,
  ) {
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('aria-hidden', 'true');
    Object.assign(this.svg.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none', overflow: 'hidden' });
    this.hoverPath = document.createElementNS(SVG_NS, 'path');
    this.hoverPath.setAttribute('fill', TINT);
    this.hoverPath.setAttribute('fill-rule', 'evenodd');
    this.selectedPath = document.createElementNS(SVG_NS, 'path');
    this.selectedPath.setAttribute('fill', 'none');
    this.selectedPath.setAttribute('stroke', SELECTED_STROKE.colour);
    this.selectedPath.setAttribute('stroke-width', String(SELECTED_STROKE.width));
    this.selectedPath.setAttribute('stroke-linejoin', 'round');
    this.svg.append(this.hoverPath, this.selectedPath);
  }

  /** Tints `rings` (null: nothing) near the pointer's longitude `nearLon` (degrees). */
  hover(rings: DistrictRings | null, nearLon: number): void {
    this.hovered = rings ? { rings, nearLon } : null;
    this.draw(this.hoverPath, this.hovered);
  }

  /** Outlines `rings` (null: nothing), the selected district. */
  select(rings: DistrictRings | null): void {
    if (rings === this.selected?.rings || (!rings && !this.selected)) return;
    this.selected = rings ? { rings, nearLon: Number.NaN } : null;
    this.draw(this.selectedPath, this.selected);
  }

  /** Draws both again where the map now puts them (after a pan, a zoom or a resize). */
  redraw(): void {
    this.draw(this.hoverPath, this.hovered);
    this.draw(this.selectedPath, this.selected);
  }

  destroy(): void {
    this.svg.remove();
  }

  private draw(path: SVGPathElement, shown: Shown | null): void {
    if (shown && !this.svg.isConnected) this.host()?.appendChild(this.svg);
    const near = shown && Number.isNaN(shown.nearLon) ? this.centreLon() : (shown?.nearLon ?? Number.NaN);
    path.setAttribute('d', shown ? ringsPath(shown.rings, this.project, near) : '');
  }
}
