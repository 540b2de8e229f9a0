// The map as an imperative controller (after placemark's pmap): React creates it once and
// feeds it data; it owns MapLibre (basemap), the deck.gl overlay (districts) and the hovered
// and selected districts' outlines (an SVG over both), and calls back with hover and click on districts.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FeatureCollection } from 'geojson';
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { COUNTRIES_SOURCE, offlineBasemapStyle } from './basemap-style.ts';
import { districtLayers, type ChoroplethLayerInput } from './district-layers.ts';
import { DistrictPicker } from './district-picker.ts';
import { DistrictOutlines, type DistrictRings } from './district-outlines.ts';
import { POINTS_PREFIX } from './data-layers.ts';
import type { Padding } from './fit-padding.ts';

// MapLibre resolves its worker next to its own module, which a bundle does not keep; serve
// the (self-contained) worker file from this origin explicitly.
setWorkerUrl(maplibreWorkerUrl);

export interface MapCallbacks {
  /** Pointer over a district (its index) or over nothing (−1), at container pixel x, y. */
  onHover(index: number, x: number, y: number): void;
  /** A district clicked (its index) or empty map clicked (−1). */
  onSelect(index: number): void;
  /** The planner moved or zoomed the map (mouse, touch or keys), as opposed to a fitBounds. */
  onUserMove?(): void;
  /** Pointer over, or click on, any layer's object (the layer's id and the object's index; none: layer undefined, index −1), at container pixel x, y and lon/lat degrees. */
  onPick?(pick: MapPick, click: boolean): void;
  /** The map came to rest (after any move or zoom): its centre in degrees and zoom (a shared link keeps them). */
  onViewChange?(view: { lon: number; lat: number; zoom: number }): void;
}

/** What is under the pointer: deck.gl's picked layer and index, where. */
export interface MapPick {
  readonly layer: string | undefined;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly lonLat: readonly [number, number] | null;
}

export class MapController {
  private readonly map: MapLibreMap;
  private readonly overlay: MapboxOverlay;
  private readonly loaded: Promise<void>;
  private districts: Layer[] = [];
  private plan: readonly Layer[] = [];
  private picker: { shapes: ChoroplethLayerInput['shapes']; picker: DistrictPicker } | null = null;
  private hovered = -1;
  private attribution: AttributionControl;
  private readonly outlines: DistrictOutlines;
  /** What the district layers were made from. */
  private drawn: Pick<ChoroplethLayerInput, 'shapes' | 'colors'> & { readonly thin: Uint8Array | null } | null = null;
  /** The layers deck.gl was last given. */
  private shown: readonly Layer[] = [];

  /** `bounds` [west, south, east, north] (degrees) of the project's districts, when known; else the whole world until they are. */
  constructor(container: HTMLElement, private readonly callbacks: MapCallbacks, attribution: string, bounds?: readonly [number, number, number, number]) {
    this.map = new MapLibreMap({
      container,
      style: offlineBasemapStyle(),
      ...(bounds ? { bounds: [[bounds[0], bounds[1]], [bounds[2], bounds[3]]] as [[number, number], [number, number]], fitBoundsOptions: { padding: 24 } } : { center: [0, 15] as [number, number], zoom: 1 }),
      attributionControl: false,
      // Keyboard panning and zooming stay on: the map is reachable by Tab.
      keyboard: true,
      fadeDuration: 0,
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.attribution = new AttributionControl({ compact: false, customAttribution: attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    this.overlay = new MapboxOverlay({
      interleaved: false,
      layers: [],
      // Districts are not pickable, so deck.gl runs a picking pass only when another layer (a
      // plan's sites) is; a pick on such a layer hides the district under it, as before.
      onHover: (info) => {
        const feature = info.picked ? -1 : this.featureAt(info);
        this.hovered = this.districtOf(feature);
        this.outlines.hover(feature >= 0 ? ringsOf(this.picker!.shapes.features.features[feature]!.geometry) : null, info.coordinate?.[0] ?? Number.NaN);
        this.callbacks.onHover(this.hovered, info.x, info.y);
        this.callbacks.onPick?.(mapPick(info), false);
      },
      onClick: (info) => {
        this.callbacks.onSelect(info.picked ? -1 : this.districtOf(this.featureAt(info)));
        this.callbacks.onPick?.(mapPick(info), true);
      },
      getCursor: ({ isHovering }) => (isHovering || this.hovered >= 0 ? 'pointer' : 'grab'),
      // deck.gl's input manager makes its canvas a Tab stop that does nothing and has no name;
      // MapLibre's canvas is the map's one keyboard stop.
      onLoad: () => {
        for (const canvas of this.map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas:not(.maplibregl-canvas)')) {
          canvas.tabIndex = -1;
          canvas.setAttribute('aria-hidden', 'true');
        }
      },
    });
    this.map.addControl(this.overlay);
    // deck.gl's canvas sits in a box of its own among the map's controls: the outlines go in that box.
    const deckBox = () => this.map.getContainer().querySelector('canvas:not(.maplibregl-canvas)')?.parentElement ?? null;
    this.outlines = new DistrictOutlines(deckBox, (lon, lat) => this.project(lon, lat), () => this.map.getCenter().lng);
    // `render` follows every move, zoom and resize (and deck.gl's canvas being made).
    this.map.on('render', () => this.outlines.redraw());
    this.loaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    // A move the planner made carries its DOM event; MapLibre's own resize passes its
    // ResizeObserver entries there instead, which are not one.
    this.map.on('movestart', (e: { originalEvent?: unknown }) => e.originalEvent instanceof Event && this.callbacks.onUserMove?.());
    this.map.on('moveend', () => this.callbacks.onViewChange?.(this.view()));
  }

  /** Shows country outlines under the districts. */
  async setCountries(countries: FeatureCollection): Promise<void> {
    await this.loaded;
    (this.map.getSource(COUNTRIES_SOURCE) as GeoJSONSource).setData(countries);
  }

  /** Draws the district choropleth and highlights; the same `shapes` object keeps deck.gl's geometry (and the picker) as they are. */
  setDistricts(input: ChoroplethLayerInput): void {
    if (this.picker?.shapes !== input.shapes) {
      this.picker = { shapes: input.shapes, picker: new DistrictPicker(input.shapes.features.features) };
      this.outlines.hover(null, Number.NaN);
    }
    const selected = input.selectedIndex >= 0 ? (input.shapes.featureOf[input.selectedIndex] ?? -1) : -1;
    this.outlines.select(selected >= 0 ? ringsOf(input.shapes.features.features[selected]!.geometry) : null);
    // New layer objects make deck.gl draw every district again even when nothing in them
    // changed (a selection: 2 draw calls, 1.65 M vertices on 3,240 counties): keep them.
    const kept = this.drawn;
    if (!kept || kept.shapes !== input.shapes || kept.colors !== input.colors || kept.thin !== (input.thin ?? null)) {
      this.districts = districtLayers(input);
      this.drawn = { shapes: input.shapes, colors: input.colors, thin: input.thin ?? null };
    }
    this.showLayers();
  }

  /** Draws a plan's layers (plan-layers.ts) above the districts; an empty list removes them. */
  setPlanLayers(layers: readonly Layer[]): void {
    this.plan = layers;
    this.showLayers();
  }

  /** Hands deck.gl the district and plan layers, unless they are the very ones it has. */
  private showLayers(): void {
    const layers = [...this.districts, ...this.plan];
    if (layers.length === this.shown.length && layers.every((l, i) => l === this.shown[i])) return;
    this.shown = layers;
    this.overlay.setProps({ layers });
  }

  /** Frames a [west, south, east, north] box in degrees (east > 180: across the antimeridian), `padding` px in from each side. */
  fitBounds(bbox: readonly [number, number, number, number], padding: number | Padding = 24): void {
    // The page around the map may have just changed its size (a header that wrapped, a legend
    // laid out under it) before MapLibre's own resize observer ran: frame the size it has now.
    this.map.resize();
    this.map.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding, animate: false });
  }

  /** Where the map looks: centre (degrees) and zoom. */
  view(): { lon: number; lat: number; zoom: number } {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /** Looks at `view` at once (a shared link's centre in degrees and zoom). */
  jumpTo(view: { lon: number; lat: number; zoom: number }): void {
    this.map.resize();
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  /**
   * Names the map's keyboard stop (MapLibre's canvas, which takes the arrow and +/− keys) for
   * screen readers, and points it at a description (an element id; undefined removes it).
   */
  describe(label: string, describedBy: string | undefined): void {
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-label', label);
    if (describedBy) canvas.setAttribute('aria-describedby', describedBy);
    else canvas.removeAttribute('aria-describedby');
  }

  /** How many districts the choropleth draws (0 once cleared). */
  drawnDistricts(): number {
    const fill = this.districts[0] as { props?: { data?: { features?: unknown[] } } } | undefined;
    return fill?.props?.data?.features?.length ?? 0;
  }

  /** How many points the point layers over the districts draw (data-layers.ts). */
  drawnPoints(): number {
    return this.plan.filter((l) => l.id.startsWith(POINTS_PREFIX)).reduce((n, l) => n + ((l.props.data as { length?: number } | undefined)?.length ?? 0), 0);
  }

  /** Removes every district and plan layer (no project, or one without districts yet). */
  clear(): void {
    this.districts = [];
    this.plan = [];
    this.drawn = null;
    this.outlines.hover(null, Number.NaN);
    this.outlines.select(null);
    this.showLayers();
  }

  /** Resolves once the map has drawn everything it has been given. */
  async idle(): Promise<void> {
    await this.loaded;
    if (!this.map.loaded() || !this.map.areTilesLoaded()) await new Promise<void>((r) => this.map.once('idle', () => r()));
    // deck.gl draws on its own animation frame after MapLibre; wait for it too.
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  }

  /** Container pixel [x, y] of a lon/lat position. */
  project(lon: number, lat: number): [number, number] {
    const p = this.map.project([lon, lat]);
    return [p.x, p.y];
  }

  /** The district feature under the pointer (an index into the shapes' features), or −1. */
  private featureAt(info: PickingInfo): number {
    if (!info.coordinate || !this.picker) return -1;
    return this.picker.picker.at(info.coordinate[0]!, info.coordinate[1]!);
  }

  private districtOf(feature: number): number {
    return feature >= 0 && this.picker ? this.picker.shapes.features.features[feature]!.properties.index : -1;
  }

  /** Replaces the map's credit line (the language changed): MapLibre's control takes its text only when it is added. */
  setAttribution(text: string): void {
    this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: false, customAttribution: text });
    this.map.addControl(this.attribution, 'bottom-right');
  }

  destroy(): void {
    this.outlines.destroy();
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
    this.map.remove();
  }
}

function ringsOf(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): DistrictRings {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat(1);
}

function mapPick(info: PickingInfo): MapPick {
  return { layer: info.layer?.id, index: info.picked ? info.index : -1, x: info.x, y: info.y, lonLat: info.coordinate ? [info.coordinate[0]!, info.coordinate[1]!] : null };
}
