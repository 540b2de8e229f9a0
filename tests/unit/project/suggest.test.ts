import { expect, test } from 'vitest';
import { closest, editDistance } from '../../../src/core/project/suggest.ts';

test('editDistance counts insertions, deletions, substitutions and swaps', () => {
  expect(editDistance('', '')).toBe(0);
  expect(editDistance('indicator', 'indicators')).toBe(1);
  expect(editDistance('titel', 'title')).toBe(1); // one swap, not two substitutions
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('abc', '')).toBe(3);
});

test('closest suggests near misses only', () => {
  const keys = ['file', 'id', 'name', 'latency_ms', 'tests'];
  expect(closest('nmae', keys)).toBe('name');
  expect(closest('FILE', keys)).toBe('file');
  expect(closest('latency', keys)).toBe('latency_ms'); // 3 edits, but a prefix
  expect(closest('ix', keys)).toBe('id');
  expect(closest('to', ['by'])).toBeUndefined(); // 2 edits: as many as the word has letters
  expect(closest('geometry', keys)).toBeUndefined();
  expect(closest('higher', ['higher-is-better', 'higher-is-worse'])).toBeUndefined(); // two prefixes: ambiguous
});
