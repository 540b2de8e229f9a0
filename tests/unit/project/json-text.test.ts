import { describe, expect, test } from 'vitest';
import { describeSyntaxError, lineColumn, locateSyntaxError } from '../../../src/core/project/json-text.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { KENYA_TEXT } from './fixtures.ts';

test('lineColumn counts from 1, lines split at \\n', () => {
  expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
  expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  expect(lineColumn('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
  expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
});

describe('describeSyntaxError reads the position from each engine’s message', () => {
  // '{"a": 1 "b": 2}': the error is the "b" at offset 8 (line 1, column 9).
  const text = '{"a": 1 "b": 2}';
  const expected = { line: 1, column: 9, reason: "expected ',' or '}' after property value" };
  test('V8 (Node 20, Chrome)', () => {
    expect(describeSyntaxError("Expected ',' or '}' after property value in JSON at position 8", text)).toEqual(expected);
  });
  test('V8 (Node 22)', () => {
    expect(describeSyntaxError("Expected ',' or '}' after property value in JSON at position 8 (line 1 column 9)", text)).toEqual(expected);
  });
  test('Firefox', () => {
    const message = "JSON.parse: expected ',' or '}' after property value in object at line 1 column 9 of the JSON data";
    expect(describeSyntaxError(message, text)).toEqual({ ...expected, reason: "expected ',' or '}' after property value in object" });
  });
  test('Safari gives no position: the scanner finds it', () => {
    expect(describeSyntaxError("JSON Parse error: Expected '}'", text)).toEqual({ line: 1, column: 9, reason: 'unexpected character "\\""' });
  });
  test('V8 gives no position for a bad word: the scanner finds its start', () => {
    const message = 'Unexpected token \'\\n\', "{\n  "a": tru\n}" is not valid JSON';
    expect(describeSyntaxError(message, '{\n  "a": tru\n}')).toEqual({
      line: 2,
      column: 8,
      reason: 'unexpected "tru": text goes in double quotes, and true, false and null in lower case',
    });
  });
  test('a comma after the last item is pointed at', () => {
    expect(describeSyntaxError('Unexpected token ] in JSON at position 9', '[1, 2, 3,]')).toEqual({
      line: 1,
      column: 9,
      reason: 'comma before "]": JSON allows no comma after the last item',
    });
  });
});

describe('locateSyntaxError', () => {
  test('valid JSON has no error', () => {
    for (const text of [KENYA_TEXT, '1', ' "a\\u00e9\\n" ', '[]', '{}', '[-0.5e+3, true, false, null]']) {
      expect(locateSyntaxError(text)).toBeUndefined();
    }
  });
  test('the offset of the first offending character', () => {
    expect(locateSyntaxError('')).toBe(0);
    expect(locateSyntaxError('[1 2]')).toBe(3);
    expect(locateSyntaxError("{'a': 1}")).toBe(1);
    expect(locateSyntaxError('{"a": 1} x')).toBe(9);
    expect(locateSyntaxError('"tab\there"')).toBe(4);
  });
  test('agrees with V8 wherever V8 gives a position (seeded mutations of the Kenya project)', () => {
    const random = mulberry32(7);
    const characters = '{}[],:"x1 \\-.e';
    let compared = 0;
    for (let k = 0; k < 2000; k++) {
      const i = Math.floor(random() * KENYA_TEXT.length);
      const c = characters[Math.floor(random() * characters.length)]!;
      const op = random();
      const text =
        op < 0.4 ? KENYA_TEXT.slice(0, i) + KENYA_TEXT.slice(i + 1) : KENYA_TEXT.slice(0, i) + c + KENYA_TEXT.slice(op < 0.8 ? i : i + 1);
      let message: string | undefined;
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as SyntaxError).message;
      }
      if (message === undefined) {
        expect(locateSyntaxError(text)).toBeUndefined();
        continue;
      }
      const position = /at position (\d+)/.exec(message);
      if (!position) continue;
      compared++;
      expect(locateSyntaxError(text), message).toBe(Number(position[1]));
    }
    expect(compared).toBeGreaterThan(300);
  });
});
