// A shared link round-trips, and a link naming what the open project lacks is read with that
// part left out and reported (issue #19: unknown indicator → a message, not a crash).
import { describe, expect, test } from 'vitest';
import { decodeView, encodeView, MAX_COMPARED, type SharedView } from '../../../src/state/view-url.ts';

const known = { measures: ['internet_use.total', 'internet_use.female', 'hh_internet'], districtIds: ['KE-001', 'KE-030', 'KE-047'] };

describe('a shared view', () => {
  test('every part round-trips through the hash', () => {
    const view: SharedView = {
      measure: 'internet_use.female',
      method: 'manual',
      classes: 4,
      sequential: 'YlOrRd',
      diverging: 'RdBu',
      manual: [10, 20.5, 40],
      selected: 'KE-047',
      compared: ['KE-001', 'KE-047', 'KE-030'],
      map: { lon: 36.8219, lat: -1.2921, zoom: 6.5 },
    };
    const hash = encodeView(view);
    expect(hash.startsWith('#m=internet_use.female&k=manual&n=4')).toBe(true);
    expect(decodeView(hash, known)).toEqual({ view, problems: [] });
  });

  test('the map view is kept to 4 decimals (≈ 11 m) and zoom to 2', () => {
    expect(encodeView({ map: { lon: 36.123456, lat: -1.98766, zoom: 6.456 } })).toBe('#v=36.1235%2C-1.9877%2C6.46');
  });

  test('an empty view is an empty hash, and an empty hash an empty view', () => {
    expect(encodeView({})).toBe('');
    expect(decodeView('', known)).toEqual({ view: {}, problems: [] });
  });

  test('an unknown indicator is left out and reported; the rest of the link still applies', () => {
    const { view, problems } = decodeView('#m=broadband.total&d=KE-030&n=5', known);
    expect(view).toEqual({ selected: 'KE-030', classes: 5 });
    expect(problems).toEqual([{ part: 'measure', value: 'broadband.total' }]);
  });

  test('out-of-range classes, an unknown method or palette, unordered breaks and a bad map view are reported', () => {
    const { view, problems } = decodeView('#k=jenks&n=12&p=Viridis&b=3,2&v=200,95,3', known);
    expect(view).toEqual({});
    expect(problems.map((p) => p.part)).toEqual(['method', 'classes', 'palette', 'manual', 'map']);
  });

  test('compared districts: unknown ids reported, repeats dropped, at most MAX_COMPARED kept', () => {
    const many = Array.from({ length: MAX_COMPARED + 2 }, (_, i) => `D${i}`);
    const { view, problems } = decodeView(`#c=KE-001,XX-9,KE-001,${many.join(',')}`, { ...known, districtIds: [...known.districtIds, ...many] });
    expect(view.compared).toEqual(['KE-001', ...many.slice(0, MAX_COMPARED - 1)]);
    expect(problems).toEqual([{ part: 'compared', value: 'XX-9' }, ...many.slice(MAX_COMPARED - 1).map((value) => ({ part: 'compared', value }))]);
  });

  test('ids and keys with spaces, slashes or non-Latin letters survive encoding', () => {
    const odd = { measures: ['a/b c'], districtIds: ['Ward 7/α'] };
    const hash = encodeView({ measure: 'a/b c', selected: 'Ward 7/α' });
    expect(decodeView(hash, odd).view).toEqual({ measure: 'a/b c', selected: 'Ward 7/α' });
  });
});
