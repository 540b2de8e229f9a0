// Where a JSON syntax error is, as line and column. JSON.parse says it differently in each
// engine: V8 "… in JSON at position 42" (Node ≥ 22 adds "(line 3 column 5)"), Firefox
// "… at line 3 column 5 of the JSON data", Safari nothing at all, and V8 too gives no position
// for a bad literal ("Unexpected token 'x', "…" is not valid JSON"). When the message has no
// position we find it ourselves with a small scanner.

/** A syntax error: its 1-based line and column (UTF-16 code units) when known, and why. */
export interface JsonSyntaxError {
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;
}

/** 1-based line and column of a 0-based offset into `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Line, column and reason for a JSON.parse error `message` about `text`. */
export function describeSyntaxError(message: string, text: string): JsonSyntaxError {
  let offset: number | undefined;
  let reason = cleanReason(message);
  const position = /at position (\d+)/.exec(message);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (position) offset = Number(position[1]);
  else if (lineCol) offset = offsetOf(text, Number(lineCol[1]), Number(lineCol[2]));
  else if (/unexpected end of (JSON input|data)/i.test(message)) offset = text.length;
  else {
    offset = locateSyntaxError(text);
    if (offset !== undefined) reason = unexpectedAt(text, offset);
  }
  if (offset === undefined) return { reason };
  if (offset >= text.length) reason = 'unexpected end of the file';
  // The most common slip of all: a comma after the last item. Point at the comma.
  const comma = /,\s*$/.exec(text.slice(0, offset));
  if (comma && (text[offset] === '}' || text[offset] === ']')) {
    return { ...lineColumn(text, comma.index), reason: `comma before "${text[offset]}": JSON allows no comma after the last item` };
  }
  return { ...lineColumn(text, offset), reason };
}

/** 0-based offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** What is wrong at `offset`, in words: the engine's own words do not say it where we found it. */
function unexpectedAt(text: string, offset: number): string {
  if (offset >= text.length) return 'unexpected end of the file';
  // A bare word is most often text written without quotes (data.csv) or True/NULL.
  const word = /^[^\s,:{}[\]"]+/.exec(text.slice(offset, offset + 80))?.[0];
  if (word && /^[A-Za-z]/.test(word)) {
    return `unexpected ${JSON.stringify(word)}: text goes in double quotes, and true, false and null in lower case`;
  }
  return `unexpected character ${JSON.stringify(text[offset])}`;
}

function cleanReason(message: string): string {
  const reason = message
    .replace(/^JSON\.?parse:\s*|^JSON Parse error:\s*/i, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+in JSON at position \d+/, '')
    .replace(/\s+at line \d+ column \d+ of the JSON data/, '')
    .trim();
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** Offset of the first character at which `text` stops being JSON, or undefined if it is valid. */
export function locateSyntaxError(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  // Each step returns false at the first error, leaving `i` on it.
  const value = (): boolean => {
    space();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number) {
      if (c === '-') i++; // V8 reports the character after a lone minus sign
      return false;
    }
    i += number[0].length;
    // V8 reports a dangling fraction or exponent after its marker ("1.," and "1e+," at the ",").
    if (text[i] === '.') {
      i++;
      return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += text[i + 1] === '+' || text[i + 1] === '-' ? 2 : 1;
      return false;
    }
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const escape = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i, i + 6));
        if (!escape) {
          // V8 reports the character after the backslash, or the first one that is not hex after \u.
          i++;
          if (text[i] === 'u') for (i++; /[0-9a-fA-F]/.test(text[i] ?? ''); ) i++;
          return false;
        }
        i += escape[0].length;
      } else i++;
    }
    return false;
  };
  const container = (close: string, keyed: boolean): boolean => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (keyed) {
        space();
        if (text[i] !== '"' || !string()) return false;
        space();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value()) return false;
      space();
      if (text[i] === close) {
        i++;
        return true;
      }
      if (text[i] !== ',') return false;
      i++;
    }
  };
  try {
    if (!value()) return i;
  } catch {
    return undefined; // nesting too deep for this scanner: no position rather than a crash
  }
  space();
  return i < text.length ? i : undefined;
}
