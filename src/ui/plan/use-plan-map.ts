// The map in planning mode: the plan's layers (or the two compared plans'), districts shaded
// by their covered share after the plan, tooltips for sites, demand points and districts, and
// what a click means (select a site, or place a new candidate while placing).
import { useMemo } from 'react';
import type { Rgb } from '../../core/classify/palette.ts';
import { comparisonLayers, planLayers, planPick, shareColors, type PlanLayerInput } from '../../map/plan-layers.ts';
import type { MapPick } from '../../map/map-controller.ts';
import type { PlanningState } from '../../state/planning.ts';
import { useWords } from '../../i18n/use-words.ts';
import { shareText } from '../../state/plan-text.ts';
import { sitesBuiltBy } from '../../state/plan-rollout.ts';
import { demandCovered, districtShares, targetLines } from '../../state/plan-view.ts';
import { siteAt } from '../../state/scenario-draft.ts';
import type { MapOverlay } from '../MapPanel.tsx';
import type { PlanCommands } from './PlanningPanel.tsx';
import type { PlanDerived } from './use-plan-view.ts';

/** Above this many candidates, those not chosen are not drawn: tens of thousands of rings hide the plan (they stay in the tables). */
const MAX_REJECTED_SHOWN = 2000;

export interface PlanMap {
  readonly overlay: MapOverlay | null;
  /** District colours by covered share after the plan, or null to keep the indicator's. */
  readonly colors: readonly Rgb[] | null;
  /** Which legend to show: the plan's marks, the comparison's, or none (no plan yet). */
  readonly legend: 'plan' | 'compare' | null;
}

interface Input {
  readonly planning: PlanningState;
  readonly derived: PlanDerived;
  readonly districtNames: readonly string[];
  readonly districtNoun: string;
  readonly commands: PlanCommands | null;
  onSelectSite(index: number): void;
  onSelectDistrict(index: number): void;
}

/** The map's overlay for the planning views (null outside planning mode). */
export function usePlanMap({ planning, derived, districtNames, districtNoun, commands, onSelectSite, onSelectDistrict }: Input): PlanMap {
  const { outcome, roles, rows, comparison } = derived;
  const comparing = planning.view === 'compare' && comparison !== null;
  const year = outcome?.rollout ? planning.year : null;
  // At a year of a phased plan, only the sites built by then cover anyone.
  const shownYear = useMemo(() => {
    if (!outcome || !derived.run || year === null) return null;
    const built = sitesBuiltBy(outcome.plan.sites, outcome.rollout, year);
    const builtSet = new Set(built);
    return { later: new Set(Array.from(outcome.plan.sites).filter((j) => !builtSet.has(j))), covered: demandCovered(derived.run.instance, built, null) };
  }, [outcome, derived.run, year]);
  const input = useMemo<PlanLayerInput | null>(
    () => (outcome ? {
      demand: shownYear ? { ...outcome.demand, covered: shownYear.covered } : outcome.demand,
      candidates: outcome.candidates, roles, existing: outcome.existing, radiusM: outcome.scenario.radius_m, selectedSite: planning.selectedSite,
      showRejected: outcome.candidates.keys.length <= MAX_REJECTED_SHOWN,
      links: outcome.links, backhaul: outcome.backhaul, later: shownYear?.later ?? null,
    } : null),
    [outcome, roles, planning.selectedSite, shownYear],
  );
  const layers = useMemo(() => {
    if (comparing && comparison) return comparisonLayers(comparison.comparison.sites, comparison.a.scenario.radius_m);
    return input ? planLayers(input) : [];
  }, [comparing, comparison, input]);
  const colors = useMemo(() => {
    if ((comparing && comparison) || !outcome) return null;
    const shares = districtShares(rows);
    const atYear = year !== null ? outcome.rollout?.years[year]?.districts : undefined;
    return shareColors(atYear ? atYear.map((s, d) => (Number.isNaN(shares[d]!) ? Number.NaN : s)) : shares);
  }, [comparing, comparison, outcome, rows, year]);
  const draft = planning.draft;
  const placing = planning.placing;
  const words = useWords();

  const overlay = useMemo<MapOverlay | null>(() => {
    if (planning.mode !== 'plan') return null;
    const districtLine = (pick: MapPick) => {
      const row = rows[pick.index];
      return row ? [row.name, row.suppressed ? words.t('tooltip.tooFew') : words.t('tooltip.district', { before: shareText(row.shareBefore, words.locale), after: shareText(row.shareAfter, words.locale) })] : [districtNames[pick.index] ?? ''];
    };
    return {
      layers,
      tooltip: (pick) => {
        const target = comparing ? null : planPick(pick.layer, pick.index, input);
        if (target && outcome) return targetLines(outcome, target, districtNoun, words);
        return pick.layer === 'district-fill' ? districtLine(pick) : null;
      },
      onPick: (pick, click) => {
        if (!click) return;
        if (placing && draft && pick.lonLat && commands) {
          commands.editSite({ kind: 'add', site: siteAt(draft, pick.lonLat[0], pick.lonLat[1], addedSiteCost(draft, outcome?.candidates.cost ?? null)) });
          return;
        }
        const target = comparing ? null : planPick(pick.layer, pick.index, input);
        if (target?.kind === 'candidate') onSelectSite(target.index);
        else if (pick.layer === 'district-fill') onSelectDistrict(pick.index);
      },
    };
  }, [planning.mode, layers, comparing, input, outcome, rows, districtNames, districtNoun, words, placing, draft, commands, onSelectSite, onSelectDistrict]);

  return { overlay, colors: planning.mode === 'plan' ? colors : null, legend: planning.mode !== 'plan' ? null : comparing ? 'compare' : outcome ? 'plan' : null };
}

/** Cost of a site placed by hand: the scenario's first cost given as a number, else the candidates' mean cost (rounded). */
function addedSiteCost(scenario: NonNullable<PlanningState['draft']>, costs: Float64Array | null): number {
  const layers = Array.isArray(scenario.candidates) ? scenario.candidates : [scenario.candidates];
  const fixed = layers.map((c) => c.cost).find((c): c is number => typeof c === 'number');
  if (fixed !== undefined) return fixed;
  if (!costs?.length) return 0;
  let sum = 0;
  for (const c of costs) sum += c;
  return Math.round(sum / costs.length);
}
