import { describe, expect, test } from 'vitest';
import type { Shortfall } from '../../../src/core/siting/types.ts';
import { english as en } from '../../helpers/words.ts';
import { costPerNewlyCovered, floorText, gapShort, gapText, perPersonText, pointsText, shareText, shortfallText, statusText, wholeText } from '../../../src/state/plan-text.ts';

describe('numbers as the planner reads them', () => {
  test('whole numbers, shares, points, money per person', () => {
    expect(wholeText(92500)).toBe('92,500');
    expect(wholeText(Number.NaN)).toBe('—');
    expect(shareText(0.2)).toBe('20 %');
    expect(shareText(200 / 230)).toBe('87 %');
    expect(shareText(0.2054)).toBe('20.5 %');
    expect(pointsText(0.042)).toBe('+4.2 pp');
    expect(pointsText(-0.01)).toBe('−1 pp');
    expect(pointsText(0)).toBe('0 pp');
    expect(costPerNewlyCovered(9000, 300)).toBe(30);
    expect(costPerNewlyCovered(9000, 0)).toBeNaN();
    expect(perPersonText(8000 / 238)).toBe('33.61');
    // Nairobi: 75,000 for 2,798,589 people newly covered = 0.0268 — two significant digits, not 0.03.
    expect(perPersonText(75000 / 2798589)).toBe('0.027');
    expect(perPersonText(1234.5)).toBe('1,235');
  });
});

describe('the gap, worded honestly', () => {
  test('proven optimal, a gap, no bound, infeasible', () => {
    expect(gapText({ status: 'optimal', gap: 0 }, en)).toBe('optimal (proven)');
    expect(gapText({ status: 'time-limit', gap: 0.003 }, en)).toBe('within 0.3 % of the best possible');
    expect(gapText({ status: 'cancelled', gap: 0.0004 }, en)).toBe('within < 0.1 % of the best possible');
    expect(gapText({ status: 'heuristic', gap: null }, en)).toBe('no bound proven');
    expect(gapText({ status: 'heuristic', gap: 0 }, en)).toBe('as good as the best possible (proven)');
    expect(gapText({ status: 'infeasible', gap: null }, en)).toBe('no plan keeps every floor');
    expect([gapShort({ status: 'optimal', gap: 0 }, en), gapShort({ status: 'time-limit', gap: 0.003 }, en), gapShort({ status: 'heuristic', gap: null }, en), gapShort({ status: 'infeasible', gap: null }, en)]).toEqual(['optimal', '≤ 0.3 %', 'no bound', 'no plan']);
    expect(statusText('cancelled', en)).toBe('stopped by you; best plan found so far');
  });
});

describe('floors and shortfalls', () => {
  const names = ['North', 'South'];
  const ward = { floor: 'district', district: null, required: 0.2, achieved: 0.1, kept: false };
  const shortfall = (s: Partial<Shortfall>): { shortfall: Shortfall } => ({ shortfall: { floors: [ward], budgetNeeded: 92500, sitesNeeded: 19, proven: false, ...s } });

  test('floor names', () => {
    expect(floorText(ward, names, 'ward', en)).toBe('The ward floor of 20 %');
    expect(floorText({ floor: 'group:women@1', district: 1, required: 0.5 }, names, 'district', en)).toBe('The women floor of 50 % in South');
  });

  test('the budget that would meet the floor, found or proven', () => {
    expect(shortfallText(shortfall({}), { budget: 75000 }, names, 'ward', en)).toBe('The ward floor of 20 % cannot be met with a budget of 75,000: the smallest budget found that meets it is 92,500.');
    expect(shortfallText(shortfall({ proven: true }), { budget: 75000 }, names, 'ward', en)).toBe('The ward floor of 20 % cannot be met with a budget of 75,000: the smallest budget that meets it is 92,500.');
    expect(shortfallText(shortfall({}), { max_sites: 15 }, names, 'district', en)).toBe('The district floor of 20 % cannot be met with 15 sites: the fewest sites found that meet it are 19.');
    expect(shortfallText(shortfall({ budgetNeeded: null, sitesNeeded: null }), { budget: 75000 }, names, 'district', en)).toBe('The district floor of 20 % cannot be met with a budget of 75,000: no plan meets it even with every candidate site.');
    const two = shortfall({ floors: [ward, { floor: 'group:women', district: null, required: 0.5, achieved: 0.3, kept: false }] });
    expect(shortfallText(two, { budget: 75000 }, names, 'district', en)).toBe('The district floor of 20 % and the women floor of 50 % cannot be met with a budget of 75,000: the smallest budget found that meets them is 92,500.');
    // The engine lists the district floor once per district it misses: folded into one phrase.
    const perDistrict = (floor: string, d: number) => ({ floor, district: d, required: 0.2, achieved: 0.1, kept: false });
    const folded = shortfall({ floors: [perDistrict('district', 0), perDistrict('district', 1), perDistrict('group:women@1', 1)] });
    expect(shortfallText(folded, { budget: 75000 }, names, 'ward', en)).toBe('The ward floor of 20 % (in 2 wards) and the women floor of 20 % in South cannot be met with a budget of 75,000: the smallest budget found that meets them is 92,500.');
    const many = shortfall({ floors: ['district', 'group:a', 'group:b', 'group:c'].map((f) => perDistrict(f, 0)) });
    expect(shortfallText(many, { budget: 1 }, names, 'district', en)).toMatch(/^The district floor of 20 % in North, the a floor of 20 % in North and 2 other floors cannot be met/);
    expect(shortfallText({}, { budget: 1 }, names, 'district', en)).toBeNull();
  });
});
