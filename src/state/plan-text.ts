// The words and numbers of a plan as the planner reads them: people, money, shares, and the
// solver's honesty about how good the plan is. Formatting goes through Intl.NumberFormat.

import type { Scenario } from '../core/project/types.ts';
import type { FloorCheck, Plan, PlanStatus } from '../core/siting/types.ts';
import { formatNumber, formatPercent, formatPoints, formatSignificant, formatWhole } from '../i18n/format.ts';
import { capitalFirst, nounText, type Words } from './words.ts';

/** A weight (people) or an amount of money, whole, with thousands separators: "92,500"; "—" when not finite. */
export function wholeText(n: number, locale = 'en'): string {
  return formatWhole(n, locale);
}

/** Money per person: two significant digits below 1 ("0.027"), two decimals below 100 ("12.5"), whole above; "—" when not finite. */
export function perPersonText(n: number, locale = 'en'): string {
  if (!Number.isFinite(n)) return '—';
  return Math.abs(n) < 1 ? formatSignificant(n, locale) : Math.abs(n) < 100 ? formatNumber(n, locale, 2) : formatWhole(n, locale);
}

/** A share 0–1 as a percentage with at most one decimal: "20 %", "20.5 %"; "—" when not finite. */
export function shareText(share: number, locale = 'en'): string {
  return formatPercent(share, locale, 1);
}

/** Change of a share in percentage points: "+4.2 pp", "−1 pp", "0 pp". */
export function pointsText(delta: number, locale = 'en'): string {
  return Number.isFinite(delta) ? formatPoints(Math.round(delta * 1000) / 10, locale, 1) : '—';
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
export function gapText(plan: Pick<Plan, 'status' | 'gap'>, words: Words): string {
  const { t } = words;
  if (plan.status === 'infeasible') return t('plan.gap.infeasible');
  if (plan.gap === null || !Number.isFinite(plan.gap)) return t('plan.gap.none');
  if (plan.gap <= GAP_DONE) return plan.status === 'optimal' ? t('plan.gap.optimal') : t('plan.gap.best');
  return t('plan.gap.within', { gap: gapPercent(plan.gap, words.locale) });
}

/** The gap in a few words, for tables: "optimal", "≤ 0.3 %", "no bound", "no plan". */
export function gapShort(plan: Pick<Plan, 'status' | 'gap'>, words: Words): string {
  const { t } = words;
  if (plan.status === 'infeasible') return t('plan.gap.short.infeasible');
  if (plan.gap === null || !Number.isFinite(plan.gap)) return t('plan.gap.short.none');
  return plan.gap <= GAP_DONE ? t('plan.gap.short.optimal') : `≤ ${gapPercent(plan.gap, words.locale)}`;
}

/** A gap 0–1 as a percentage, one decimal, never shown as 0 when it is not 0 ("< 0.1 %"). */
function gapPercent(gap: number, locale: string): string {
  return gap < 0.001 ? `< ${formatPercent(0.001, locale, 1)}` : formatPercent(gap, locale, 1);
}

/** The plan's status in plain words ("solved to optimality"). */
export function statusText(status: PlanStatus, words: Words): string {
  return words.t(`plan.status.${status}`);
}

/** A floor in words: "The district floor of 20 %", "The women floor of 50 % in Kisumu". */
export function floorText(check: Pick<FloorCheck, 'floor' | 'district' | 'required'>, districtNames: readonly string[], districtNoun: string, words: Words): string {
  return capitalFirst(floorPhrase(check, districtNames, districtNoun, words), words.locale);
}

/** A floor as a phrase inside a sentence: "the district floor of 20 %". */
function floorPhrase(check: Pick<FloorCheck, 'floor' | 'district' | 'required'>, districtNames: readonly string[], districtNoun: string, words: Words): string {
  const [kind, rest = ''] = check.floor.split(':', 2) as [string, string?];
  const group = rest.split('@')[0] ?? '';
  const values = { share: shareText(check.required, words.locale), noun: nounText(districtNoun, words), group };
  const key = kind === 'district' ? 'plan.floor.district' : 'plan.floor.group';
  if (check.district === null || check.district < 0) return words.t(key, values);
  const place = districtNames[check.district] ?? `${nounText(districtNoun, words)} ${check.district}`;
  return words.t(`${key}.in`, { ...values, place });
}

/** A floor's name without its district: "district", "group:women". */
function floorName(floor: string): string {
  return floor.replace(/@\d+$/, '');
}

/** The floors of a shortfall, one phrase per floor (its districts folded): "The ward floor of 20 % (in 6 wards)". */
function shortfallFloors(checks: readonly FloorCheck[], districtNames: readonly string[], districtNoun: string, words: Words): string[] {
  const byFloor = new Map<string, FloorCheck[]>();
  for (const c of checks) byFloor.set(floorName(c.floor), [...(byFloor.get(floorName(c.floor)) ?? []), c]);
  return [...byFloor.values()].map((list) => {
    const first = list[0]!;
    if (list.length === 1) return floorPhrase(first, districtNames, districtNoun, words);
    const floor = floorPhrase({ ...first, district: null }, districtNames, districtNoun, words);
    return words.t('plan.floor.inMany', { floor, count: list.length, nouns: nounText(districtNoun, words, list.length) });
  });
}

/**
 * Why floors cannot be kept and what would keep them, one sentence:
 * "The ward floor of 20 % cannot be met with a budget of 75,000: the smallest budget found that meets it is 92,500."
 */
export function shortfallText(plan: Pick<Plan, 'shortfall'>, scenario: Pick<Scenario, 'budget' | 'max_sites'>, districtNames: readonly string[], districtNoun: string, words: Words): string | null {
  const s = plan.shortfall;
  if (!s) return null;
  const { t, locale } = words;
  const phrases = shortfallFloors(s.floors, districtNames, districtNoun, words);
  const count = phrases.length;
  const floors =
    count === 0 ? t('plan.shortfall.floors') : count === 1 ? phrases[0]! : count === 2 ? t('plan.shortfall.two', { a: phrases[0]!, b: phrases[1]! }) : t('plan.shortfall.more', { a: phrases[0]!, b: phrases[1]!, count: count - 2 });
  const budget = scenario.budget !== undefined ? t('plan.shortfall.budget', { budget: wholeText(scenario.budget, locale) }) : null;
  const sites = scenario.max_sites !== undefined ? t('plan.shortfall.sites', { count: scenario.max_sites }) : null;
  const limits = budget && sites ? t('plan.shortfall.and', { a: budget, b: sites }) : (budget ?? sites);
  const head = limits ? t('plan.shortfall.head.limits', { floors, limits, count: Math.max(1, count) }) : t('plan.shortfall.head', { floors, count: Math.max(1, count) });
  if (s.budgetNeeded === null && s.sitesNeeded === null) return capitalFirst(t('plan.shortfall.never', { head, count: Math.max(1, count) }), locale);
  const found = s.proven ? 'proven' : 'found';
  const budgetNeed = (needed: number) => t(`plan.shortfall.needs.budget.${found}`, { budget: wholeText(needed, locale), count: Math.max(1, count) });
  const needs = [
    scenario.budget !== undefined && s.budgetNeeded !== null ? budgetNeed(s.budgetNeeded) : null,
    scenario.max_sites !== undefined && s.sitesNeeded !== null ? t(`plan.shortfall.needs.sites.${found}`, { sites: wholeText(s.sitesNeeded, locale), count: Math.max(1, count) }) : null,
  ].filter((x): x is string => x !== null);
  if (needs.length === 0 && s.budgetNeeded !== null) needs.push(budgetNeed(s.budgetNeeded));
  return capitalFirst(t('plan.shortfall.sentence', { head, needs: needs.length === 2 ? t('plan.shortfall.andAlso', { a: needs[0]!, b: needs[1]! }) : needs[0]! }), locale);
}

