// Byte-level helpers, on inputs small enough to count by hand: where UTF-8 breaks, how big a
// file is in planners' units, which line each CSV record starts on.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { linesFromRejects, lineOfRow, recordLines, scanRecords } from '../../../src/formats/csv-lines.ts';
import { formatSize, gzipSize, readGzipHead, type FileLike } from '../../../src/ingest/file-head.ts';
import { isNumberText, numberStyle, parseNumberText } from '../../../src/formats/number-text.ts';
import { firstInvalidByte } from '../../../src/formats/text-encoding.ts';

const bytes = (...parts: (string | number)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...new TextEncoder().encode(p)])));
const fileOf = (name: string, b: Uint8Array): FileLike => {
  const blob = new Blob([new Uint8Array(b)]);
  return { name, size: blob.size, slice: (s, e) => blob.slice(s, e) };
};

describe('firstInvalidByte', () => {
  test('names the lead byte of the broken character, even when the next byte is a line end', () => {
    expect(firstInvalidByte(bytes('ab'))).toBe(2);
    // "Bogot" + 0xE1 (Latin-1 á) + "\n": offset 5 is the 0xE1.
    expect(firstInvalidByte(bytes('Bogot', 0xe1, '\n'))).toBe(5);
    // A stray continuation byte is itself the bad byte.
    expect(firstInvalidByte(bytes('a', 0x80, 'b'))).toBe(1);
    // "é" is fine (C3 A9); 0xFF never is.
    expect(firstInvalidByte(bytes('é', 0xff))).toBe(2);
    // A file ending inside a character: the lead byte of the unfinished sequence.
    expect(firstInvalidByte(bytes('ab', 0xe2, 0x82))).toBe(2);
  });
});

describe('formatSize', () => {
  test('binary units, as operating systems show sizes', () => {
    expect(formatSize(2_000_000_000)).toBe('1.9 GB'); // 2e9 / 1024³ = 1.86
    expect(formatSize(1024 ** 3)).toBe('1 GB');
    expect(formatSize(200 * 1024 ** 2)).toBe('200 MB');
    expect(formatSize(3000)).toBe('3 KB');
    expect(formatSize(1)).toBe('1 byte');
  });
});

describe('gzip heads', () => {
  test('only the compressed bytes needed are read, and the trailer gives the full size', async () => {
    // 200,000 lines of "KE-01,378422\n" (13 bytes each): 2.6 MB of text that compresses well.
    const text = 'KE-01,378422\n'.repeat(200_000);
    const gz = new Uint8Array(gzipSync(text));
    const reads: number[] = [];
    const blob = new Blob([gz]);
    const file: FileLike = { name: 'a.csv.gz', size: gz.length, slice: (s, e) => (reads.push((e ?? gz.length) - (s ?? 0)), blob.slice(s, e)) };
    const head = await readGzipHead(file, 1000);
    expect([head.bytes.length, head.complete]).toEqual([1000, false]);
    expect(new TextDecoder().decode(head.bytes.subarray(0, 13))).toBe('KE-01,378422\n');
    expect(reads.length).toBe(1);
    expect(await gzipSize(file)).toBe(2_600_000);
    const whole = await readGzipHead(fileOf('b.gz', new Uint8Array(gzipSync('a,b\n'))), 1000);
    expect([new TextDecoder().decode(whole.bytes), whole.complete]).toEqual(['a,b\n', true]);
  });
});

describe('record lines', () => {
  test('blank lines start no record; line breaks inside quotes are counted apart, as DuckDB does', () => {
    // Lines: 1 header, 2 row, 3 blank, 4–5 one quoted cell over two lines, 6 row (CRLF ends).
    const text = 'id,name\r\n1,a\r\n\r\n2,"x\r\ny"\r\n3,c\r\n';
    const seen: [number, number][] = [];
    scanRecords(bytes(text), (line, duckdb) => seen.push([line, duckdb]));
    expect(seen).toEqual([
      [1, 1],
      [2, 2],
      [4, 4],
      [6, 5],
    ]);
  });

  test('loaded rows get their editor lines as breakpoints; rejected rows are mapped to theirs', () => {
    // DuckDB rejected its line 5 (= editor line 6, after the two-line cell).
    const text = 'id,n\n1,5\n2,"a\nb"\n\n3\n4,7\n';
    const lines = recordLines(bytes(text), new Set([5]));
    expect(lines.rows).toBe(3);
    expect([...lines.rejected]).toEqual([[5, 6]]);
    expect(lines.breakpoints).toEqual([
      { row: 0, line: 2 },
      { row: 2, line: 7 },
    ]);
    expect([0, 1, 2].map((r) => lineOfRow(lines.breakpoints, r))).toEqual([2, 3, 7]);
  });

  test('without a scan, one record per line skipping the rejected ones', () => {
    // Lines 3 and 4 rejected: rows 0 → line 2, 1 → line 5, 2 → line 6.
    const bp = linesFromRejects(new Set([4, 3]));
    expect([0, 1, 2].map((r) => lineOfRow(bp, r))).toEqual([2, 5, 6]);
    expect(lineOfRow([], 0)).toBe(2);
  });
});

describe('number text', () => {
  test('decimal points always, decimal commas when asked', () => {
    expect(['12', '-3.25', '1e6', '.5', ' 7 '].map((t) => isNumberText(t))).toEqual([true, true, true, true, true]);
    expect(['12,5', '1,2,3', 'KE-01', ''].map((t) => isNumberText(t))).toEqual([false, false, false, false]);
    expect(parseNumberText('-3,25', true)).toBe(-3.25);
    expect(parseNumberText('12,5')).toBeNaN();
  });

  test('a column is written with commas, points, whole numbers, or is text', () => {
    expect(numberStyle(['12,5', '3', null])).toBe('comma');
    expect(numberStyle(['12.5', '3'])).toBe('point');
    expect(numberStyle(['12', '3'])).toBe('integer');
    expect(numberStyle(['12,5', '3.5'])).toBe('text');
    expect(numberStyle(['KE-01'])).toBe('text');
    expect(numberStyle([null, ''])).toBe('empty');
  });
});
