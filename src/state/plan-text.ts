// The words and numbers of a plan as the planner reads them: people, money, shares, and the
// solver's honesty about how good the plan is. Formatting goes through Intl.NumberFormat.

import type { Scenario } from '../core/project/types.ts';
import type { FloorCheck, Plan, PlanStatus } from '../core/siting/types.ts';

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const small = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
// Below one unit, two decimals would round a plan's 0.027 and another's 0.031 to the same 0.03.
const tiny = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });

/** A weight (people) or an amount of money, whole, with thousands separators: "92,500"; "—" when not finite. */
export function wholeText(n: number): string {
  return Number.isFinite(n) ? whole.format(Math.round(n)) : '—';
}

/** Money per person: two significant digits below 1 ("0.027"), two decimals below 100 ("12.5"), whole above; "—" when not finite. */
export function perPersonText(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return Math.abs(n) < 1 ? tiny.format(n) : Math.abs(n) < 100 ? small.format(n) : whole.format(n);
}

/** A share 0–1 as a percentage with at most one decimal: "20 %", "20.5 %"; "—" when not finite. */
export function shareText(share: number): string {
  return Number.isFinite(share) ? `${percent.format(share * 100)} %` : '—';
}

/** Change of a share in percentage points: "+4.2 pp", "−1 pp", "0 pp". */
export function pointsText(delta: number): string {
  if (!Number.isFinite(delta)) return '—';
  const pp = Math.round(delta * 1000) / 10;
  return `${pp > 0 ? '+' : pp < 0 ? '−' : ''}${percent.format(Math.abs(pp))} pp`;
}

/** Money per newly covered person: cost / newly covered (NaN when nobody is newly covered). */
export function costPerNewlyCovered(cost: number, newlyCovered: number): number {
  return newlyCovered > 0 ? cost / newlyCovered : Number.NaN;
}

const GAP_DONE = 1e-6;

/**
 * How good the plan is, honestly: "optimal (proven)", "within 0.3 % of the best possible",
 * "no bound proven", or why there is no plan.
 */
export function gapText(plan: Pick<Plan, 'status' | 'gap'>): string {
  if (plan.status === 'infeasible') return 'no plan keeps every floor';
  if (plan.gap === null || !Number.isFinite(plan.gap)) return 'no bound proven';
  if (plan.gap <= GAP_DONE) return plan.status === 'optimal' ? 'optimal (proven)' : 'as good as the best possible (proven)';
  return `within ${gapPercent(plan.gap)} % of the best possible`;
}

/** The gap in a few words, for tables: "optimal", "≤ 0.3 %", "no bound", "no plan". */
export function gapShort(plan: Pick<Plan, 'status' | 'gap'>): string {
  if (plan.status === 'infeasible') return 'no plan';
  if (plan.gap === null || !Number.isFinite(plan.gap)) return 'no bound';
  return plan.gap <= GAP_DONE ? 'optimal' : `≤ ${gapPercent(plan.gap)} %`;
}

/** A gap 0–1 in percent, one decimal, never shown as 0 when it is not 0 ("< 0.1"). */
function gapPercent(gap: number): string {
  return gap < 0.001 ? '< 0.1' : percent.format(gap * 100);
}

const STATUS: Readonly<Record<PlanStatus, string>> = {
  optimal: 'solved to optimality',
  'time-limit': 'stopped at the time limit; best plan found so far',
  heuristic: 'found by the fast heuristic',
  infeasible: 'no plan keeps every floor',
  cancelled: 'stopped by you; best plan found so far',
};

/** The plan's status in plain words. */
export function statusText(status: PlanStatus): string {
  return STATUS[status];
}

/** A floor in words: "The district floor of 20 %", "The women floor of 50 % in Kisumu". */
export function floorText(check: Pick<FloorCheck, 'floor' | 'district' | 'required'>, districtNames: readonly string[], districtNoun = 'district'): string {
  const [kind, rest = ''] = check.floor.split(':', 2) as [string, string?];
  const group = rest.split('@')[0];
  const where = check.district !== null && check.district >= 0 ? ` in ${districtNames[check.district] ?? `district ${check.district}`}` : '';
  const what = kind === 'district' ? `${districtNoun} floor` : `${group} floor`;
  return `The ${what} of ${shareText(check.required)}${where}`;
}

/** A floor's name without its district: "district", "group:women". */
function floorName(floor: string): string {
  return floor.replace(/@\d+$/, '');
}

/** The floors of a shortfall, one phrase per floor (its districts folded): "The ward floor of 20 % (in 6 wards)". */
function shortfallFloors(checks: readonly FloorCheck[], districtNames: readonly string[], districtNoun: string): string[] {
  const byFloor = new Map<string, FloorCheck[]>();
  for (const c of checks) byFloor.set(floorName(c.floor), [...(byFloor.get(floorName(c.floor)) ?? []), c]);
  return [...byFloor.values()].map((list) => {
    const first = list[0]!;
    if (list.length === 1) return floorText(first, districtNames, districtNoun);
    return `${floorText({ ...first, district: null }, districtNames, districtNoun)} (in ${list.length} ${districtNoun}s)`;
  });
}

/**
 * Why floors cannot be kept and what would keep them, one sentence:
 * "The ward floor of 20 % cannot be met with a budget of 75,000: the smallest budget found that meets it is 92,500."
 */
export function shortfallText(plan: Pick<Plan, 'shortfall'>, scenario: Pick<Scenario, 'budget' | 'max_sites'>, districtNames: readonly string[], districtNoun = 'district'): string | null {
  const s = plan.shortfall;
  if (!s) return null;
  const phrases = shortfallFloors(s.floors, districtNames, districtNoun);
  const lower = phrases.map((p, i) => (i === 0 ? p : p.replace(/^The /, 'the ')));
  const floors = lower.length === 0 ? 'The floors' : lower.length <= 2 ? lower.join(' and ') : `${lower.slice(0, 2).join(', ')} and ${lower.length - 2} other floor${lower.length > 3 ? 's' : ''}`;
  const it = phrases.length > 1 ? 'them' : 'it';
  const limits = [scenario.budget !== undefined ? `a budget of ${wholeText(scenario.budget)}` : null, scenario.max_sites !== undefined ? `${wholeText(scenario.max_sites)} sites` : null].filter(Boolean);
  const head = `${floors} cannot be met${limits.length ? ` with ${limits.join(' and ')}` : ''}`;
  if (s.budgetNeeded === null && s.sitesNeeded === null) return `${head}: no plan meets ${it} even with every candidate site.`;
  const found = s.proven ? '' : ' found';
  const needs = [
    scenario.budget !== undefined && s.budgetNeeded !== null ? `the smallest budget${found} that meets ${it} is ${wholeText(s.budgetNeeded)}` : null,
    scenario.max_sites !== undefined && s.sitesNeeded !== null ? `the fewest sites${found} that meet ${it} are ${wholeText(s.sitesNeeded)}` : null,
  ].filter(Boolean);
  if (needs.length === 0 && s.budgetNeeded !== null) needs.push(`the smallest budget${found} that meets ${it} is ${wholeText(s.budgetNeeded)}`);
  return `${head}: ${needs.join(', and ')}.`;
}
