// How the plan panels word the solver's notes on a plan: from each note's code and values through
// the catalogue ("solver.<code>"), numbers formatted in the planner's locale, so a plan solved
// with the app in French reads in French (issue #17). English shows Plan.messages itself, byte for
// byte as the CLI and plan.json say it; the English keys are worded as those messages
// (tests/unit/state/plan-note-text.test.ts). A plan without codes keeps its English messages.
import type { PlanNote } from '../core/siting/plan-notes.ts';
import type { Plan } from '../core/siting/types.ts';
import { formatFixed, formatNumber, formatPercent, formatWhole } from '../i18n/format.ts';
import type { MessageValues, Words } from './words.ts';

/** The locale of English words (format.ts): the solver's messages are English already. */
const ENGLISH = 'en';

/** The plan's notes in the words' language: Plan.messages in English or when the notes lack codes. */
export function planNotesText(plan: Pick<Plan, 'messages' | 'notes'>, words: Words): string[] {
  const notes = plan.notes;
  if (words.locale === ENGLISH || !notes || notes.length !== plan.messages.length) return [...plan.messages];
  return notes.map((n) => planNoteText(n, words));
}

/** One note worded from the catalogue only, the English text where the catalogue lacks its key (exported so tests compare English keys with the messages). */
export function planNoteText(n: PlanNote, words: Words): string {
  return words.t(noteKey(n), { ...noteValues(n, words), defaultValue: n.text });
}

/** What a plan is called (SolveCourse.noun) → the key's last part: each language words "the heuristic plan" whole, for its agreement. */
const NOUN_KEYS: Readonly<Record<string, string>> = { plan: 'plan', 'network plan': 'network', 'roll-out': 'rollout' };

function noteKey(n: PlanNote): string {
  if (n.code === 'exactProved' || n.code === 'exactUnavailable') return `solver.${n.code}.${NOUN_KEYS[String(n.values.noun)] ?? 'plan'}`;
  return `solver.${n.code}`;
}

/** Amounts (money, sites, metres) with at most two decimals as the engine says them; Infinity is "no limit". */
const AMOUNTS = new Set(['sites', 'cost', 'budget', 'maxSites', 'linkM']);

/**
 * Values ready to interpolate: `count` stays a number (it picks the plural form), `gap` is a share
 * shown as a percentage with one decimal, amounts as the engine groups them, seconds as the
 * engine rounds them (a time limit: one decimal under ten), data (a group, a year's label,
 * candidate numbers) as written.
 */
function noteValues(n: PlanNote, words: Words): MessageValues {
  const { locale } = words;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(n.values)) {
    if (typeof value === 'string' || name === 'count') out[name] = value;
    else if (name === 'gap') out[name] = formatPercent(value, locale, 1, 1);
    else if (name === 'seconds') out[name] = secondsText(n.code, value, locale);
    else if (AMOUNTS.has(name)) out[name] = Number.isFinite(value) ? formatNumber(value, locale, 2) : words.t('solver.noLimit');
    else out[name] = formatWhole(value, locale);
  }
  if (typeof n.values.yearNumber === 'number') out.year = words.t('solver.yearNumber', { number: formatWhole(n.values.yearNumber, locale) });
  return out;
}

/** The quality notes round the limit as solve-messages.ts's seconds() does; the heuristics' notes say the limit as given. */
function secondsText(code: PlanNote['code'], s: number, locale: string): string {
  if (!code.startsWith('timeLimit')) return formatNumber(s, locale, 3);
  return s < 10 ? formatFixed(s, locale, 1) : formatWhole(s, locale);
}
