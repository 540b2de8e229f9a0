import { expect, test } from 'vitest';
import { BASE_PADDING, fitPadding, mercatorAspect } from '../../../src/map/fit-padding.ts';

// A 1000 × 600 px map with a 200 × 172 px legend in its bottom-left corner (12 px in, 28 px up).
const map = { left: 0, top: 0, right: 1000, bottom: 600 };
const legend = { left: 12, top: 400, right: 212, bottom: 572 };

test('square districts are kept right of the legend: padding left 212 + 12, leaving 720 × 540 px (540 px tall drawn, against 364 px above it)', () => {
  expect(fitPadding(map, [legend], 1)).toEqual({ ...BASE_PADDING, left: 224 });
});

test('districts four times as wide as tall are kept above it: 920 px wide room draws them 230 px tall, against 180 px right of it', () => {
  expect(fitPadding(map, [legend], 4)).toEqual({ ...BASE_PADDING, bottom: 212 });
});

test('a panel outside the map changes nothing', () => {
  expect(fitPadding(map, [{ left: 1010, top: 0, right: 1300, bottom: 600 }], 1)).toEqual(BASE_PADDING);
});

test('a panel that leaves no room on any side falls back to the base padding', () => {
  expect(fitPadding(map, [{ left: -5, top: -5, right: 1005, bottom: 605 }], 1)).toEqual(BASE_PADDING);
});

// Mercator y = ln tan(π/4 + φ/2): from −5° to 5° it spans 0.17475 rad, from 55° to 65° 0.35223 rad; 10° is 0.17453 rad.
test('Mercator aspect: 10° by 10° is square at the equator (0.9987) and half as wide at 60° N (0.4955)', () => {
  expect(mercatorAspect([0, -5, 10, 5])).toBeCloseTo(0.9987, 3);
  expect(mercatorAspect([0, 55, 10, 65])).toBeCloseTo(0.4955, 3);
});
