// The solver's notes worded from their codes (issue #17): every code the engine can give has an
// English key; English from the catalogue reads as the engine's own message for real solves; other
// languages translate the note and format its numbers in their locale.
import { describe, expect, test } from 'vitest';
import { heuristicPlan } from '../../../src/core/siting/heuristic.ts';
import { networkHeuristicPlan } from '../../../src/core/siting/network-heuristic.ts';
import { SOLVER_NOTE_CODES, note, type PlanNote } from '../../../src/core/siting/plan-notes.ts';
import { qualityNote } from '../../../src/core/siting/solve-messages.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import { planNoteText, planNotesText } from '../../../src/state/plan-note-text.ts';
import { makeInstance } from '../siting/exact-oracle.ts';
import { randomInstance } from '../siting/instances.ts';
import { withLinks } from '../siting/network-instances.ts';

const english = wordsOf(createI18n('en'));
const french = wordsOf(createI18n('fr'));
const swahili = wordsOf(createI18n('sw'));
const arabic = wordsOf(createI18n('ar'));

/** Codes whose English message lists what the engine found (violations, reasons): the catalogue says how many instead, so its English differs. */
const COUNTED = new Set(['lockedRollout', 'shortfall', 'networkInfeasible', 'rolloutInfeasibleProven', 'rolloutInfeasibleFound']);

test('every code a plan note can carry has an English key (plain, per plan noun, or plural)', () => {
  const keys = Object.keys(en);
  const missing = SOLVER_NOTE_CODES.filter((code) => !keys.some((k) => k === `solver.${code}` || k.startsWith(`solver.${code}.`) || k.startsWith(`solver.${code}_`)));
  expect(missing).toEqual([]);
});

/** Notes from real solves: every one the English catalogue words as the engine does. */
async function engineNotes(): Promise<PlanNote[]> {
  const notes: PlanNote[] = [];
  // A group floor the scenario lacks (heuristic.test.ts's case).
  notes.push(...(await heuristicPlan({ ...randomInstance(3, { nDemand: 30, nCandidates: 10 }), floors: { groups: { youth: 0.5 } } })).messages);
  // Locked sites alone over a budget of 1.5 (each candidate of makeInstance costs 1).
  notes.push(...(await heuristicPlan(makeInstance({ weights: [1, 5, 3], cover: [[0], [1], [2]], locked: [0, 1], budget: 1.5 }))).messages);
  // A locked site no chain of links reaches (network-hand.test.ts's case).
  notes.push(...(await networkHeuristicPlan(withLinks(makeInstance({ weights: [1, 5], cover: [[0], [1]], locked: [1] }), { backhaul: [[0, 0, 300]] }))).messages);
  // No HiGHS: the exact choice says so, and the heuristic plan's quality.
  notes.push(...((await solvePlan(makeInstance({ weights: [1, 5], cover: [[0], [1]], budget: 1 }), { solver: 'exact', timeLimitS: 3 }, null)).notes ?? []));
  return notes;
}

describe('English words a note as the engine does', () => {
  test('for notes of real solves', async () => {
    const notes = await engineNotes();
    // Each case above gave its note: a test of no notes would pass by saying nothing.
    expect(notes.map((n) => n.code)).toEqual(expect.arrayContaining(['unknownGroup', 'lockedOverLimits', 'lockedUnlinked', 'exactUnavailable', 'heuristicUnknown']));
    for (const n of notes.filter((n) => !COUNTED.has(n.code))) expect(planNoteText(n, english), n.code).toBe(n.text);
  });

  test('for the quality notes, seconds and gap rounded alike (solve.test.ts: "3.0 s", "20.0 %")', () => {
    const instance = randomInstance(1, { nDemand: 5, nCandidates: 3 });
    const cases: PlanNote[] = [
      qualityNote(instance, 'time-limit', 0.2, 3),
      qualityNote(instance, 'time-limit', 0, 30),
      qualityNote(instance, 'time-limit', null, 12.4),
      qualityNote(instance, 'heuristic', 0.0123, 30),
      qualityNote(instance, 'optimal', 0, 30),
      qualityNote({ ...instance, objective: 'maximin' }, 'optimal', 0, 30),
    ];
    expect(cases[0]!.text).toBe('Stopped at the 3.0 s limit; the plan is within 20.0 % of the best possible.');
    expect(cases.map((n) => n.code)).toEqual(['timeLimitWithin', 'timeLimitBest', 'timeLimit', 'heuristicWithin', 'optimalCoverage', 'optimalMaximin']);
    for (const n of cases) expect(planNoteText(n, english), n.code).toBe(n.text);
  });

  test('the plan panel shows Plan.messages itself in English, and the worded notes elsewhere', () => {
    const plan = { messages: ['as the engine said it'], notes: [note('stopped', 'as the engine said it')] };
    expect(planNotesText(plan, english)).toEqual(['as the engine said it']);
    expect(planNotesText(plan, french)).toEqual(['Arrêté par vous avant la fin du calcul : voici le meilleur plan trouvé jusque-là.']);
    // A plan saved before notes had codes keeps its English.
    expect(planNotesText({ messages: ['old'] }, french)).toEqual(['old']);
  });
});

describe('other languages', () => {
  const within = qualityNote(randomInstance(1, { nDemand: 5, nCandidates: 3 }), 'time-limit', 0.2, 3);

  test('French and Swahili translate and format the numbers in their locale', () => {
    // fr: decimal comma and a narrow no-break space before "%" (Intl); sw: "sekunde" before the number.
    expect(planNoteText(within, french)).toBe('Arrêt à la durée maximale de 3,0 s ; le plan est à 20,0\u00a0% au plus du meilleur possible.');
    expect(planNoteText(within, swahili)).toBe('Imesimama kwenye kikomo cha muda cha sekunde 3.0; mpango uko ndani ya 20.0% ya bora iwezekanayo.');
  });

  test('Arabic writes its digits; an infinite limit is "no limit" in the language, as the engine says it in English', () => {
    const locked = note('lockedOverLimits', 'English', { sites: 2, cost: 2500, budget: 1000, maxSites: 1 });
    expect(planNoteText(locked, arabic)).toBe('المواقع المثبَّتة وحدها (٢، بتكلفة ٢٬٥٠٠) تتجاوز الميزانية البالغة ١٬٠٠٠ أو الحد الأقصى البالغ ١ موقعًا.');
    const unlimited = note('lockedOverLimits', 'English', { sites: 2, cost: 2, budget: Infinity, maxSites: 1 });
    expect(planNoteText(unlimited, english)).toBe('The locked sites alone (2, costing 2) break the budget of no limit or the limit of 1 sites.');
    expect(planNoteText(unlimited, french)).toContain('le budget de sans limite');
  });

  test('a year without a label is "year n" in the language; a labelled one is its label', () => {
    expect(planNoteText(note('unknownGroupYear', 'English', { group: 'women', yearNumber: 2 }), french)).toBe('Le seuil du groupe « women » pour l’année 2 ne peut pas être atteint : le scénario ne définit pas ce groupe.');
    expect(planNoteText(note('unknownGroupYear', 'English', { group: 'women', year: '2027' }), french)).toContain('pour 2027');
  });
});
