// DuckDB reads UTF-8 only. Spreadsheets often save Windows-1252 (Latin-1) or UTF-16 instead,
// and DuckDB would then drop every row holding an accented name ("Murang'a" spelt with á…).
// So text is decoded here first, the same way by the app (sniffing) and the loaders (app and
// CLI): UTF-16 LE/BE, with a byte order mark or recognised by its zero bytes, and text that is
// not UTF-8 but reads as Windows-1252, are read — with a note naming the encoding assumed —
// and handed to DuckDB as UTF-8. Anything else is refused, naming the line at fault.
import { InputError, type Issue } from '../core/report.ts';

const SAVE_AS_UTF8 = 'save the file as UTF-8 (Excel: Save As → "CSV UTF-8") and load it again';
/** DuckDB (or decoding) found bytes that are not UTF-8: the loaders then try Windows-1252. */
export class NotUtf8Error extends InputError {}

/** Longest excerpt of an offending line quoted back to the planner, in characters. */
const EXCERPT = 60;

export interface DecodedText {
  readonly text: string;
  /** True when the bytes began with a UTF-8 byte order mark (removed from `text`). */
  readonly bom: boolean;
}

/** The encodings Lastmile reads, as named in notes and messages. */
export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

/** Text decoded from whatever encoding it was in, with a note when it was not UTF-8. */
export interface ReadText extends DecodedText {
  readonly encoding: TextEncodingName;
  /** Which encoding was assumed and why, for the planner; absent for UTF-8. */
  readonly note?: string;
}

/** Bytes looked at to recognise UTF-16 without a byte order mark. */
const UTF16_PROBE = 4096;

/**
 * Decodes text bytes (UTF-8, UTF-16 LE/BE or Windows-1252; see the file comment), dropping a
 * byte order mark. `complete` false: the bytes are the head of a longer file. Throws
 * InputError naming the encoding or the first line that cannot be read.
 */
export function decodeText(file: string, bytes: Uint8Array, complete: boolean): ReadText {
  const utf32 = (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff);
  if (utf32) throw new InputError({ file, reason: `the file is UTF-32 text (it starts with a UTF-32 byte order mark), which Lastmile does not read; ${SAVE_AS_UTF8}` });
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const label = utf16.le ? 'utf-16le' : 'utf-16be';
    const name: TextEncodingName = utf16.le ? 'UTF-16 LE' : 'UTF-16 BE';
    let text: string;
    try {
      // TextDecoder drops the byte order mark itself.
      text = new TextDecoder(label, { fatal: true }).decode(bytes, { stream: !complete });
    } catch {
      throw new InputError({ file, reason: `the file looks like ${name} text but is not valid ${name}; ${SAVE_AS_UTF8}` });
    }
    if (text.includes('\u0000')) throw new InputError({ file, reason: `the file holds NUL characters even read as ${name}; ${SAVE_AS_UTF8}` });
    const why = utf16.bom ? 'it starts with its byte order mark' : 'no byte order mark; recognised by its zero bytes';
    return { text, bom: utf16.bom, encoding: name, note: `read as ${name} text (${why}), as Excel's "Unicode Text" saves it` };
  }
  let decoded: DecodedText;
  try {
    decoded = decodeUtf8(file, bytes, complete);
  } catch (e) {
    const latin = windows1252(bytes);
    if (latin === null) throw e;
    const issue = notUtf8Issue(file, bytes, firstInvalidByte(bytes));
    const line = /reads "(.*)" as Windows-1252/.exec(issue.reason)?.[1] ?? '';
    const note = `not UTF-8: read as Windows-1252 (Latin-1), the usual encoding of older Excel exports (line ${issue.row}: "${line}"); if a name looks wrong, ${SAVE_AS_UTF8}`;
    return { text: latin, bom: false, encoding: 'Windows-1252', note };
  }
  if (decoded.text.includes('\u0000')) {
    throw new InputError({ file, reason: `the file holds NUL bytes, so it is not UTF-8, UTF-16 or Windows-1252 text (UTF-32 or a binary file?); ${SAVE_AS_UTF8}` });
  }
  return { ...decoded, encoding: 'UTF-8' };
}

/** UTF-16 by its byte order mark, or by zero bytes in every other position (ASCII-range text, e.g. ids and digits); looks at the first 4 KB only. */
export function utf16Of(bytes: Uint8Array): { le: boolean; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return { le: true, bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { le: false, bom: true };
  const n = Math.min(bytes.length, UTF16_PROBE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Text of digits, letters and separators: nearly every high byte is 0, no low byte is.
  if (oddZeros > 0.9 * pairs && evenZeros === 0) return { le: true, bom: false };
  if (evenZeros > 0.9 * pairs && oddZeros === 0) return { le: false, bom: false };
  return null;
}

/** The bytes as Windows-1252 text, or null when they hold a byte it leaves undefined or a NUL (then it is something else). */
function windows1252(bytes: Uint8Array): string | null {
  const text = new TextDecoder('windows-1252').decode(bytes);
  // Windows-1252 leaves five bytes undefined (decoded as C1 controls).
  // eslint-disable-next-line no-control-regex -- NUL and C1 controls are what is looked for
  return /[\u0000\u0080-\u009f]/.test(text) ? null : text;
}

/** Text bytes re-encoded as UTF-8 for DuckDB, and the note saying what they were read as. */
export interface Utf8Bytes {
  readonly bytes: Uint8Array;
  readonly note?: string;
}

/**
 * UTF-8 bytes for DuckDB from a whole text file (see decodeText): UTF-16 and Windows-1252
 * are re-encoded, with the note to pass on; UTF-8 is returned as it is. Decided before DuckDB
 * sees the bytes: the browser hands them to DuckDB's worker, after which they are gone.
 */
export function toUtf8(file: string, bytes: Uint8Array): Utf8Bytes {
  if (utf16Of(bytes) || !isUtf8(bytes)) {
    const read = decodeText(file, bytes, true);
    return { bytes: new TextEncoder().encode(read.text), ...(read.note ? { note: read.note } : {}) };
  }
  const head = bytes.subarray(0, UTF16_PROBE);
  if (head.includes(0)) decodeText(file, head, false);
  return { bytes };
}

/** Bytes decoded per step when checking UTF-8, so a large file never becomes one string. */
const UTF8_CHUNK = 16 * 1024 * 1024;

/** True when the bytes are valid UTF-8 (checked in chunks; nothing is kept). */
export function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += UTF8_CHUNK) decoder.decode(bytes.subarray(at, at + UTF8_CHUNK), { stream: at + UTF8_CHUNK < bytes.length });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes UTF-8 bytes, dropping a byte order mark. `complete` false means the bytes are the
 * head of a longer file, so a character cut at the end is not an error. Throws InputError
 * naming the first line that is not UTF-8.
 */
export function decodeUtf8(file: string, bytes: Uint8Array, complete: boolean): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: decoder().decode(bytes, { stream: !complete }), bom };
  } catch {
    throw new InputError(notUtf8Issue(file, bytes, firstInvalidByte(bytes)));
  }
}

/** The issue for bytes that are not UTF-8 from `offset` on: its line (1-based) and what it looks like. */
export function notUtf8Issue(file: string, bytes: Uint8Array, offset: number): Issue {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  let line = 1;
  for (let i = 0; i < start; i++) if (bytes[i] === 0x0a) line++;
  const asLatin = new TextDecoder('windows-1252').decode(bytes.subarray(start, end));
  // Windows-1252 leaves five bytes undefined (decoded as C1 controls); text holding them is something else.
  const latinLike = !/[\u0080-\u009f]/.test(asLatin);
  const excerpt = asLatin.length > EXCERPT ? `${asLatin.slice(0, EXCERPT)}…` : asLatin;
  const reason = latinLike
    ? `not UTF-8 text: this line reads "${excerpt}" as Windows-1252 (Latin-1), the usual encoding of older Excel exports; ${SAVE_AS_UTF8}`
    : `not UTF-8 text (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at byte ${offset + 1} is not valid UTF-8); ${SAVE_AS_UTF8}`;
  return { file, row: line, reason };
}

/**
 * Offset of the first byte where UTF-8 decoding fails (bytes.length when none does).
 * Binary search over prefixes: a streaming decoder fails on a prefix exactly when the prefix
 * holds an invalid sequence, so failure is monotone in the prefix length.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let ok = 0;
  let bad = bytes.length;
  if (valid(bytes, false)) return bytes.length;
  // Valid as a stream but not as a whole: the file ends inside a character.
  if (valid(bytes)) return unfinishedFrom(bytes, bytes.length);
  while (bad - ok > 1) {
    const mid = (ok + bad) >>> 1;
    if (valid(bytes.subarray(0, mid))) ok = mid;
    else bad = mid;
  }
  // The decoder fails on the byte that cannot continue a sequence (often the "," or line
  // end after a Latin-1 "á"): step back to the lead byte of the unfinished sequence.
  return unfinishedFrom(bytes, bad - 1);
}

/** Start of a multi-byte sequence left unfinished just before `p`, else `p` itself. */
function unfinishedFrom(bytes: Uint8Array, p: number): number {
  let j = p - 1;
  while (j >= 0 && j > p - 4 && (bytes[j]! & 0xc0) === 0x80) j--;
  const lead = j >= 0 ? bytes[j]! : 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return lead >= 0xc0 && p - j < length ? j : Math.min(p, bytes.length - 1);
}

function valid(prefix: Uint8Array, stream = true): boolean {
  try {
    decoder().decode(prefix, { stream });
    return true;
  } catch {
    return false;
  }
}

function decoder(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true });
}
