// What a finished solve tells the planner, in plain words. Shares as percentages with one
// decimal; seconds rounded to whole numbers unless under ten.
import type { PlanStatus, Shortfall, SitingInstance } from './types.ts';

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

function seconds(s: number): string {
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/** The sentence explaining how good the plan is: proven optimal, within x % of the best possible, or unbounded. */
export function qualityMessage(instance: SitingInstance, status: PlanStatus, gap: number | null, timeLimitS: number): string {
  const what = instance.objective === 'maximin' ? 'raises the smallest district share further' : 'covers more demand';
  if (status === 'optimal') return `This plan is proven optimal: no plan within the limits ${what}.`;
  const within = gap === null ? '' : gap <= 1e-6 ? '; the plan is the best possible' : `; the plan is within ${percent(gap)} of the best possible`;
  if (status === 'time-limit') return `Stopped at the ${seconds(timeLimitS)} limit${within}.`;
  if (gap === null) return 'Plan found by the heuristic; how far it is from the best possible is not known.';
  return `Plan found by the heuristic${within}.`;
}

/** Why the floors cannot be kept, and what would keep them. */
export function shortfallMessage(shortfall: Shortfall, instance: SitingInstance): string {
  const parts = ['No plan within the budget and site limit keeps every floor.'];
  if (shortfall.budgetNeeded === null && shortfall.sitesNeeded === null) {
    parts.push(shortfall.proven ? 'Even every candidate site together would not keep them.' : 'No plan keeping them was found, even without limits.');
    return parts.join(' ');
  }
  const qualifier = shortfall.proven ? 'at least' : 'about (an estimate, not proven)';
  if (shortfall.budgetNeeded !== null && Number.isFinite(instance.budget)) parts.push(`Keeping them needs a budget of ${qualifier} ${shortfall.budgetNeeded} (now ${instance.budget}).`);
  if (shortfall.sitesNeeded !== null && Number.isFinite(instance.maxSites)) parts.push(`Keeping them needs ${qualifier} ${shortfall.sitesNeeded} sites (now at most ${instance.maxSites}).`);
  if (parts.length === 1 && shortfall.budgetNeeded !== null) parts.push(`Keeping them needs a budget of ${qualifier} ${shortfall.budgetNeeded} and ${shortfall.sitesNeeded} sites.`);
  return parts.join(' ');
}
