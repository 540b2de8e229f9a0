// The map's own-data layers (schools, health facilities, speed tiles) kept on the map while
// planning: a planner siting access points wants to see the schools. They are drawn under the
// plan's layers; the plan answers picks first, and its clicks are the only ones that act.
import type { MapOverlay } from '../MapPanel.tsx';

/** The plan's overlay with the shown map layers drawn beneath it; either may be null. */
export function overlayUnderPlan(plan: MapOverlay | null, layers: MapOverlay | null): MapOverlay | null {
  if (!plan || !layers) return plan ?? layers;
  return {
    ...plan,
    layers: [...layers.layers, ...plan.layers],
    tooltip: (pick) => plan.tooltip(pick) ?? layers.tooltip(pick),
  };
}
