import { describe, expect, test } from 'vitest';
import { initialState, reduce } from '../../../src/state/app-state.ts';

describe('reduce', () => {
  test('sorting the same column twice flips the direction; a new column starts descending (names ascending)', () => {
    const s1 = reduce(initialState, { type: 'sort', key: 'name' });
    expect(s1.sort).toEqual({ key: 'name', descending: false });
    expect(reduce(s1, { type: 'sort', key: 'name' }).sort).toEqual({ key: 'name', descending: true });
    expect(reduce(s1, { type: 'sort', key: 'x' }).sort).toEqual({ key: 'x', descending: true });
  });
  test('never mutates the previous state', () => {
    const frozen = Object.freeze({ ...initialState });
    expect(() => reduce(frozen, { type: 'select', id: 'KE-47' })).not.toThrow();
    expect(frozen.selectedId).toBeNull();
  });
  test('an error keeps the data already loaded', () => {
    const run = {} as never;
    const loaded = reduce(initialState, { type: 'loaded', run });
    const failed = reduce(loaded, { type: 'failed', message: 'x.csv, row 3: bad' });
    expect(failed.phase).toBe('error');
    expect(failed.run).toBe(run);
  });
});

test('opening another project clears the previous run, selection and notice', () => {
  const loaded = { ...reduce(initialState, { type: 'loaded', run: {} as never }), selectedId: 'KE-47', notice: 'x' };
  const reset = reduce(loaded, { type: 'reset' });
  expect(reset).toMatchObject({ phase: 'loading', run: null, selectedId: null, notice: null });
});

test('sorting from the order the table shows: a stored key the table lacks is replaced by the shown one', () => {
  // The table showed schools descending (the stored key named a column of another project): clicking it flips to ascending.
  const shown = { key: 'points.schools.count', descending: true };
  expect(reduce(initialState, { type: 'sort', key: 'points.schools.count', current: shown }).sort).toEqual({ key: 'points.schools.count', descending: false });
});
