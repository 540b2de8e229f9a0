// What a finished solve tells the planner, in plain words. Districts by name when the instance
// carries them (else "district N"), amounts with thousands separators, shares as percentages
// with one decimal, seconds rounded to whole numbers unless under ten.
import { note, type PlanNote } from './plan-notes.ts';
import type { FloorCheck, PlanStatus, Shortfall, SitingInstance } from './types.ts';

const AMOUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A share in [0, 1] as "12.3 %". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** An amount (cost, weight, budget) with grouping: 105000 → "105,000"; Infinity → "no limit". */
export function amount(x: number): string {
  return Number.isFinite(x) ? AMOUNT.format(x) : 'no limit';
}

function seconds(s: number): string {
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/** District k's name from the instance, or "district k" when it carries none. */
export function districtName(instance: Pick<SitingInstance, 'districtNames'>, k: number): string {
  return instance.districtNames?.[k] ?? `district ${k}`;
}

/** A floor in words: "Kibera (district floor)", "group "women"", "group "women" in Kibera". */
export function floorName(instance: Pick<SitingInstance, 'districtNames'>, f: FloorCheck): string {
  if (f.floor === 'district') return `${districtName(instance, f.district!)} (district floor)`;
  const group = f.floor.slice('group:'.length).replace(/@\d+$/, '');
  return f.district === null ? `group "${group}"` : `group "${group}" in ${districtName(instance, f.district)}`;
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

/** qualityMessage as a coded note: `seconds` the time limit, `gap` a share in [0, 1]. */
export function qualityNote(instance: SitingInstance, status: PlanStatus, gap: number | null, timeLimitS: number): PlanNote {
  const text = qualityMessage(instance, status, gap, timeLimitS);
  if (status === 'optimal') return note(instance.objective === 'maximin' ? 'optimalMaximin' : 'optimalCoverage', text);
  const within = gap !== null && gap > 1e-6 ? { gap } : null;
  if (status === 'time-limit') return note(gap === null ? 'timeLimit' : within ? 'timeLimitWithin' : 'timeLimitBest', text, { seconds: timeLimitS, ...within });
  return note(gap === null ? 'heuristicUnknown' : within ? 'heuristicWithin' : 'heuristicBest', text, within ?? {});
}

const FLOORS_NAMED = 3;

function floorList(instance: SitingInstance, floors: readonly FloorCheck[]): string {
  const named = floors.slice(0, FLOORS_NAMED).map((f) => `${floorName(instance, f)}: ${percent(f.achieved)} of ${percent(f.required)}`);
  return `${named.join('; ')}${floors.length > FLOORS_NAMED ? ` and ${floors.length - FLOORS_NAMED} more` : ''}`;
}

const sameFloor = (a: FloorCheck, b: FloorCheck) => a.floor === b.floor && a.district === b.district;

/**
 * The one wording of a shortfall (solvePlan puts it in Plan.messages; the CLI repeats it under
 * --quiet): the floors the plan misses (`missed`, with the plan's shares), those out of reach
 * even alone when that is fewer, then the budget and number of sites that would keep them all.
 */
export function shortfallMessage(shortfall: Shortfall, instance: SitingInstance, missed: readonly FloorCheck[]): string {
  const parts: string[] = [];
  if (missed.length > 0) parts.push(`${missed.length} floor${missed.length === 1 ? ' is' : 's are'} not kept — ${floorList(instance, missed)}.`);
  const alone = shortfall.floors;
  const differs = alone.length !== missed.length || alone.some((f) => !missed.some((m) => sameFloor(f, m)));
  if (alone.length > 0 && differs) parts.push(`Out of reach even alone: ${floorList(instance, alone)} at best.`);
  const { budgetNeeded: budget, sitesNeeded: sites, proven } = shortfall;
  if (budget === null && sites === null) {
    parts.push(`${proven ? 'Not even every candidate site together keeps every floor' : 'No plan keeping every floor was found, even with every candidate site'}: add candidates or lower the floor.`);
    return parts.join(' ');
  }
  const least = proven ? 'at least ' : '';
  const needs: string[] = [];
  if (budget !== null) needs.push(`a budget of ${least}${amount(budget)}${Number.isFinite(instance.budget) ? ` (now ${amount(instance.budget)})` : ''}`);
  if (sites !== null) needs.push(`${least}${amount(sites)} site${sites === 1 ? '' : 's'}${Number.isFinite(instance.maxSites) ? ` (now at most ${amount(instance.maxSites)})` : ''}`);
  const how = proven ? 'proven minima' : 'found by the heuristic, so the true minimum may be lower';
  parts.push(`No plan within the limits keeps every floor: that needs ${needs.join(' and ')}; ${how}.`);
  return parts.join(' ');
}

/** shortfallMessage as a coded note; its floors and needs are worded on screen from Plan.shortfall (state/plan-text.ts), so the code carries counts only. */
export function shortfallNote(shortfall: Shortfall, instance: SitingInstance, missed: readonly FloorCheck[]): PlanNote {
  return note('shortfall', shortfallMessage(shortfall, instance, missed), { missed: missed.length });
}
