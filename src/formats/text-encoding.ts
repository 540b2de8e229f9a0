// Lastmile reads text as UTF-8 only, as DuckDB does. Spreadsheets often save Windows-1252
// (Latin-1) or UTF-16 instead; DuckDB would then drop every row holding an accented name
// ("Murang'a", "Kirinyaga" spelt with á…), so such a file is refused up front with the line at
// fault and how to re-save it.
import { InputError, type Issue } from '../core/report.ts';

const SAVE_AS_UTF8 = 'save the file as UTF-8 (Excel: Save As → "CSV UTF-8") and load it again';
/** Longest excerpt of an offending line quoted back to the planner, in characters. */
const EXCERPT = 60;

export interface DecodedText {
  readonly text: string;
  /** True when the bytes began with a UTF-8 byte order mark (removed from `text`). */
  readonly bom: boolean;
}

/**
 * Decodes UTF-8 bytes, dropping a byte order mark. `complete` false means the bytes are the
 * head of a longer file, so a character cut at the end is not an error. Throws InputError
 * naming the first line that is not UTF-8.
 */
export function decodeUtf8(file: string, bytes: Uint8Array, complete: boolean): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError({ file, reason: `the file is UTF-16 text (as Excel's "Unicode Text" saves it), not UTF-8; ${SAVE_AS_UTF8}` });
  }
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
