import { expect, test } from 'vitest';
import { csvField, toCsv } from '../../../src/core/export/csv.ts';

test('numbers are written to 12 significant digits, integers and published decimals unchanged', () => {
  expect(csvField(0.17348990497799452)).toBe('0.173489904978');
  expect(csvField(52.38226561777278)).toBe('52.3822656178');
  expect(csvField(4_010_447)).toBe('4010447');
  expect(csvField(28.2)).toBe('28.2');
  expect(csvField(-5.5)).toBe('-5.5');
});

test('missing values are blank; text is quoted only when it must be', () => {
  expect(csvField(Number.NaN)).toBe('');
  expect(csvField(null)).toBe('');
  expect(csvField('Murang\'a')).toBe("Murang'a");
  expect(csvField('Taita, Taveta')).toBe('"Taita, Taveta"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('01001')).toBe('01001');
});

test('a document has a header and one line per row, and rejects ragged rows', () => {
  expect(toCsv(['a', 'b'], [[1, 'x'], [null, 2]])).toBe('a,b\n1,x\n,2\n');
  expect(() => toCsv(['a'], [[1, 2]])).toThrow(/2 fields, header has 1/);
});
