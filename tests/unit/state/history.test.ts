import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Project } from '../../../src/core/project/types.ts';
import { alsoRemoved, emptyHistory, pop, push, removalEntry, type Entry, type History } from '../../../src/state/history.ts';
import { removeIndicator, removeLayer } from '../../../src/state/project-edit.ts';
import { deepFreeze } from '../geo/fixtures.ts';

const kenya = deepFreeze(JSON.parse(readFileSync(new URL('../../../examples/kenya.lastmile.json', import.meta.url), 'utf8')) as Project);
const entry = (n: number): Entry<number> => ({ label: `action ${n}`, data: n });

describe('push and pop', () => {
  test('pop returns the newest entry first', () => {
    const h = push(push(emptyHistory as History<number>, entry(1)), entry(2));
    const { history, entry: top } = pop(h);
    expect(top).toEqual(entry(2));
    expect(pop(history).entry).toEqual(entry(1));
    expect(pop(pop(history).history)).toEqual({ history: { past: [] }, entry: undefined });
  });

  test('only the newest `limit` entries are kept (20 by default)', () => {
    let h: History<number> = emptyHistory;
    for (let n = 1; n <= 25; n++) h = push(h, entry(n));
    expect(h.past.map((e) => e.data)).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
    expect(push(h, entry(26), 3).past.map((e) => e.data)).toEqual([24, 25, 26]);
    expect(push(h, entry(26), 0).past).toEqual([]);
  });

  test('never mutates the history it is given', () => {
    const h = deepFreeze(push(emptyHistory as History<number>, entry(1)));
    expect(() => push(h, entry(2))).not.toThrow();
    expect(() => pop(h)).not.toThrow();
    expect(h.past).toHaveLength(1);
  });
});

describe('removal entries', () => {
  test('are labelled after what the planner removed', () => {
    expect(removalEntry(removeLayer(kenya, 'schools').removed).label).toBe('Removed point layer “schools”');
    expect(removalEntry(removeLayer(kenya, 'ict').removed).label).toBe('Removed table “ict”');
    expect(removalEntry(removeIndicator(kenya, 'hh_internet').removed).label).toBe('Removed indicator “hh_internet”');
  });

  test('list what else went with it', () => {
    expect(alsoRemoved(removeLayer(kenya, 'schools').removed)).toEqual([]);
    expect(alsoRemoved(removeLayer(kenya, 'ict').removed)).toEqual([
      'indicator “internet_use”',
      'the population column (ict.pop3plus_total)',
      'pillar “gender_equity” of the composite index',
      'measure “internet_use.total” of the composite index',
    ]);
  });
});
