// Hosts the MapController: creates it once, feeds it districts and colours, and shows a
// tooltip for the district under the pointer.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Rgb } from '../core/classify/palette.ts';
import { loadCountries } from '../app/countries.ts';
import { districtShapes } from '../map/district-layers.ts';
import type { Layer } from '@deck.gl/core';
import { MapController, type MapPick } from '../map/map-controller.ts';
import type { DistrictsView } from '../state/run-view.ts';
import { useWords } from '../i18n/use-words.ts';
import { figureText, type Measure } from '../state/measures.ts';
import { geometryBounds } from '../state/bounds.ts';
import { fitPadding, mercatorAspect } from '../map/fit-padding.ts';

interface Props {
  districts: DistrictsView | null;
  colors: readonly Rgb[] | null;
  selectedIndex: number;
  measure: Measure | undefined;
  onSelect(index: number): void;
  onIdleChange(idle: boolean): void;
  /** Layers drawn over the districts (a plan), what a pick on them means, and its tooltip. */
  overlay?: MapOverlay | null;
  /** 1 per district whose figure is thin (outlined). */
  thin?: Uint8Array | null;
  /** Panels drawn over the map (the legend): districts are framed clear of them. */
  panels?: readonly RefObject<HTMLElement | null>[];
  /** A district to frame (found by name); `at` changes on every request, so the same one can be asked twice. */
  zoomTo?: { readonly index: number; readonly at: number } | null;
  /** Id of an element that describes the map in words (for screen readers). */
  describedBy?: string;
  /** Words of the button that frames every district again ("All counties"). */
  fitAllLabel?: string;
  /** A view to show once the districts are drawn, instead of framing them (a shared link's). */
  startView?: { readonly lon: number; readonly lat: number; readonly zoom: number } | null;
  /** The map came to rest at a new centre (degrees) and zoom. */
  onViewChange?(view: { lon: number; lat: number; zoom: number }): void;
}

export interface MapOverlay {
  readonly layers: readonly Layer[];
  /** Lines of the tooltip for a pick (null: the district's own tooltip). */
  tooltip(pick: MapPick): readonly string[] | null;
  onPick(pick: MapPick, click: boolean): void;
  /** Districts keep their own tooltip where the pointer picks none of these layers. */
  readonly districtTooltip?: boolean;
}

declare global {
  interface Window {
    /** Read-only hooks for end-to-end tests: where a lon/lat is drawn on screen. */
    lastmileMap?: { project(lon: number, lat: number): [number, number]; drawnDistricts(): number; drawnPoints(): number; jumpTo(lon: number, lat: number, zoom: number): void };
  }
}

export function MapPanel({ districts, colors, selectedIndex, measure, onSelect, onIdleChange, overlay = null, thin = null, panels = [], zoomTo = null, describedBy, fitAllLabel, startView = null, onViewChange }: Props) {
  const words = useWords();
  const { t } = words;
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const [picked, setPicked] = useState<{ lines: readonly string[]; x: number; y: number } | null>(null);
  const overlayRef = useRef(overlay);
  overlayRef.current = overlay;
  // The first view is the project's districts when they are already known (a re-mount).
  // Read once, at mount: `useRef(districtsBounds(…))` walked every vertex on every render
  // (a hover, a sort), ~12 ms on 3,240 counties each time (issue #18).
  const [initialBounds] = useState(() => districtsBounds(districts));
  const userMoved = useRef(false);
  // The credit line the map opens with; a language switch replaces it (below).
  const attribution = useRef(t('map.attribution'));
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onViewRef = useRef(onViewChange);
  onViewRef.current = onViewChange;
  const startViewRef = useRef(startView);

  useEffect(() => {
    const map = new MapController(
      container.current!,
      {
        onHover: (index, x, y) => setHover(index >= 0 ? { index, x, y } : null),
        onSelect: (index) => onSelectRef.current(index),
        onUserMove: () => (userMoved.current = true),
        onViewChange: (view) => onViewRef.current?.(view),
        onPick: (pick, click) => {
          const o = overlayRef.current;
          if (!o) return;
          if (!click) {
            const lines = pick.index >= 0 ? o.tooltip(pick) : null;
            setPicked(lines ? { lines, x: pick.x, y: pick.y } : null);
          }
          o.onPick(pick, click);
        },
      },
      // Data sources depend on the project and are credited in the footer.
      attribution.current,
      initialBounds,
    );
    controller.current = map;
    window.lastmileMap = { project: (lon, lat) => map.project(lon, lat), drawnDistricts: () => map.drawnDistricts(), drawnPoints: () => map.drawnPoints(), jumpTo: (lon, lat, zoom) => map.jumpTo({ lon, lat, zoom }) };
    loadCountries().then((c) => map.setCountries(c), () => { /* the basemap is decoration; districts still draw */ });
    return () => {
      delete window.lastmileMap;
      map.destroy();
      controller.current = null;
    };
    // Once: initialBounds never changes.
  }, [initialBounds]);

  const credit = t('map.attribution');
  useEffect(() => {
    if (credit !== attribution.current) controller.current?.setAttribution((attribution.current = credit));
  }, [credit]);

  // Keyed on the geometry, not the run: a re-run over the same district file keeps deck.gl's
  // tessellated, uploaded polygons and the planner's view.
  const geometries = districts?.geometries ?? null;
  const ids = districts?.ids ?? null;
  const shapes = useMemo(() => (geometries && ids ? districtShapes(ids, geometries) : null), [geometries, ids]);

  const fitAll = useRef<HTMLButtonElement>(null);
  const panelsRef = useRef(panels);
  panelsRef.current = panels;
  // Frames a box clear of the legend and the map's controls.
  const frame = useRef((bbox: readonly [number, number, number, number]) => {
    const el = container.current;
    if (!el || !controller.current) return;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    const over = [...panelsRef.current, fitAll].flatMap((p) => (p.current ? [p.current.getBoundingClientRect()] : []));
    controller.current.fitBounds(bbox, fitPadding(rect, over, mercatorAspect(bbox)));
  });
  const districtsBox = useMemo(() => (shapes?.features.features.length ? geometryBounds(shapes.features.features.map((f) => f.geometry)) : null), [shapes]);
  const districtsBoxRef = useRef(districtsBox);
  districtsBoxRef.current = districtsBox;

  useEffect(() => {
    userMoved.current = false;
    const start = startViewRef.current;
    if (districtsBox && start) {
      // A shared link's view is shown once, and kept on resize like a view the planner chose.
      startViewRef.current = null;
      userMoved.current = true;
      controller.current?.jumpTo(start);
    } else if (districtsBox) frame.current(districtsBox);
  }, [districtsBox]);

  // When the map changes size (a phone turned, the table view left, a window resized) the
  // districts are framed again, unless the planner has moved the map since they were.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let size = `${el.clientWidth}x${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`;
      if (now !== size && !userMoved.current && districtsBoxRef.current) frame.current(districtsBoxRef.current);
      size = now;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The legend changes sides with the writing direction (Arabic): frame the districts clear of it again.
  useEffect(() => {
    if (!userMoved.current && districtsBoxRef.current) frame.current(districtsBoxRef.current);
  }, [words.locale]);

  useEffect(() => {
    const geometry = zoomTo && districts?.geometries[zoomTo.index];
    if (!geometry) return;
    frame.current(geometryBounds([geometry]));
    // The planner asked for this view: a resize keeps it.
    userMoved.current = true;
  }, [zoomTo, districts]);

  useEffect(() => {
    controller.current?.describe(t('map.description'), describedBy);
  }, [describedBy, t]);

  useEffect(() => {
    const map = controller.current;
    if (!map) return;
    let stale = false;
    onIdleChange(false);
    if (!shapes || !colors) {
      // Nothing of a previous project may stay drawn under a new one's title.
      map.clear();
    } else {
      // The hovered district is outlined by the controller itself: a hover draws nothing here.
      map.setDistricts({ shapes, colors, selectedIndex, thin });
      map.setPlanLayers(overlay?.layers ?? []);
    }
    void map.idle().then(() => !stale && onIdleChange(true));
    return () => {
      stale = true;
    };
  }, [shapes, colors, selectedIndex, onIdleChange, overlay?.layers, thin]);

  return (
    <div className="map-panel">
      <div ref={container} className="map" />
      {districtsBox && (
        <button
          ref={fitAll}
          type="button"
          className="fit-all"
          onClick={() => {
            userMoved.current = false;
            frame.current(districtsBox);
          }}
        >
          {fitAllLabel ?? t('map.fitAllDistricts')}
        </button>
      )}
      {overlay && picked && (
        <div className="tooltip" role="tooltip" style={{ left: picked.x + 12, top: picked.y + 12 }}>
          {picked.lines.map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <span key={i}>{line}</span>))}
        </div>
      )}
      {(!overlay || (overlay.districtTooltip && !picked)) && hover && districts && measure && (
        <div className="tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          <strong>{districts.names[hover.index]}</strong>
          <span>{figureText(measure, hover.index, words)}</span>
        </div>
      )}
    </div>
  );
}

function districtsBounds(districts: DistrictsView | null): readonly [number, number, number, number] | undefined {
  const geometries = districts?.geometries.filter((g): g is NonNullable<typeof g> => g !== null) ?? [];
  return geometries.length ? geometryBounds(geometries) : undefined;
}
