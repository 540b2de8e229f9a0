import { expect, test } from 'vitest';
import { asRead, csvField, neutraliseFormula, roundComputed, toCsv } from '../../../src/core/export/csv.ts';

test('computed numbers are written to 12 significant digits; whole numbers in full', () => {
  expect(csvField(0.17348990497799452)).toBe('0.173489904978');
  expect(csvField(52.38226561777278)).toBe('52.3822656178');
  expect(csvField(4_010_447)).toBe('4010447');
  expect(csvField(28.2)).toBe('28.2');
  expect(csvField(-5.5)).toBe('-5.5');
  // 13 digits, whole: a sum of counts is exact, so it is not cut (it was 1234567890120).
  expect(csvField(1_234_567_890_124)).toBe('1234567890124');
  expect(roundComputed(Number.POSITIVE_INFINITY)).toBeNull();
});

test('a value read from a file is written in full (issue #16: 1234567890124.45 was cut to 1234567890120)', () => {
  expect(csvField(asRead(1234567890124.45))).toBe('1234567890124.45');
  expect(csvField(1234567890124.45)).toBe('1234567890120');
  expect(csvField(asRead(0.1 + 0.2))).toBe('0.30000000000000004');
  expect(csvField(asRead(Number.NaN))).toBe('');
});

test('missing values are blank; text is quoted only when it must be', () => {
  expect(csvField(Number.NaN)).toBe('');
  expect(csvField(null)).toBe('');
  expect(csvField('Murang\'a')).toBe("Murang'a");
  expect(csvField('Taita, Taveta')).toBe('"Taita, Taveta"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('01001')).toBe('01001');
});

test('text a spreadsheet would run as a formula gets a leading apostrophe (OWASP)', () => {
  expect(csvField('=HYPERLINK("http://x.example","Nairobi")')).toBe(`"'=HYPERLINK(""http://x.example"",""Nairobi"")"`);
  expect(csvField('+cmd')).toBe("'+cmd");
  expect(csvField('-2+3')).toBe("'-2+3");
  expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvField('\t=1')).toBe("'\t=1");
  expect(csvField('\r=1')).toBe(`"'\r=1"`);
  expect(neutraliseFormula('Nairobi')).toBe('Nairobi');
});

test('negative numbers stay numbers, as numbers and as text', () => {
  expect(csvField(-3.5)).toBe('-3.5');
  expect(csvField('-3.5')).toBe('-3.5');
  expect(csvField('+254')).toBe('+254');
  expect(csvField('-1e-3')).toBe('-1e-3');
  expect(csvField(asRead(-12))).toBe('-12');
});

test('a document has a header and one line per row, and rejects ragged rows', () => {
  expect(toCsv(['a', 'b'], [[1, 'x'], [null, 2]])).toBe('a,b\n1,x\n,2\n');
  expect(toCsv(['=a'], [['@b']])).toBe("'=a\n'@b\n");
  expect(() => toCsv(['a'], [[1, 2]])).toThrow(/2 fields, header has 1/);
});
