// Where on the map the districts may be framed: clear of the map's own controls (zoom buttons
// top right, credits bottom right) and of any panel drawn over it (the legend). A panel is
// kept out by padding one side of the view; the side chosen is the one that leaves the
// districts drawn largest.

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Room kept free around the districts, and for the zoom buttons and credits, px. */
export const BASE_PADDING: Padding = { top: 24, right: 56, bottom: 36, left: 24 };
const GAP = 12;

/**
 * fitBounds padding (px) for a map box `map` with `panels` over it (page px), framing districts
 * whose box is `aspect` times as wide as tall on screen. Falls back to the base padding when
 * no side leaves room.
 */
export function fitPadding(map: Rect, panels: readonly Rect[], aspect: number): Padding {
  let padding = BASE_PADDING;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const p of panels) {
    if (p.right <= map.left || p.left >= map.right || p.bottom <= map.top || p.top >= map.bottom) continue;
    const options: Padding[] = [
      { ...padding, left: Math.max(padding.left, p.right - map.left + GAP) },
      { ...padding, right: Math.max(padding.right, map.right - p.left + GAP) },
      { ...padding, top: Math.max(padding.top, p.bottom - map.top + GAP) },
      { ...padding, bottom: Math.max(padding.bottom, map.bottom - p.top + GAP) },
    ];
    const scored = options.map((o) => ({ o, size: drawnHeight(width - o.left - o.right, height - o.top - o.bottom, aspect) }));
    const best = scored.reduce((a, b) => (b.size > a.size ? b : a));
    if (best.size > 0) padding = best.o;
  }
  return padding;
}

/** Height (px) at which a box `aspect` wide per unit of height fits in width × height; 0 when there is no room. */
function drawnHeight(width: number, height: number, aspect: number): number {
  if (width <= 0 || height <= 0) return 0;
  return Math.min(height, width / Math.max(aspect, 1e-9));
}

/** Width over height of a [west, south, east, north] box (degrees) on a Web Mercator map. */
export function mercatorAspect([west, south, east, north]: readonly [number, number, number, number]): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
  const h = Math.abs(y(north) - y(south));
  return h > 0 ? ((east - west) * Math.PI) / 180 / h : 1;
}
