// A linear program as CPLEX LP text, the format HiGHS reads (`highs.solve(text)`,
// `createModel({ format: 'lp' })`). Pure: the exact siting model builds an `LpProblem` and
// this writes it; no solver is imported here.

/** One coefficient × variable. */
export interface LpTerm {
  readonly name: string;
  readonly coef: number;
}

/** A constraint row: Σ terms (sense) rhs. */
export interface LpRow {
  readonly name: string;
  readonly terms: readonly LpTerm[];
  readonly sense: '<=' | '>=' | '=';
  readonly rhs: number;
}

/** Bounds of a variable; variables not listed are continuous in [0, +∞). */
export interface LpBound {
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
}

export interface LpProblem {
  readonly sense: 'maximize' | 'minimize';
  readonly objective: readonly LpTerm[];
  readonly rows: readonly LpRow[];
  readonly bounds: readonly LpBound[];
  /** Variables restricted to {0, 1} (their bounds need not be listed). */
  readonly binaries: readonly string[];
}

// Long rows are wrapped: the LP format allows continuation lines, and short lines keep
// the text readable when a model is dumped for debugging.
const TERMS_PER_LINE = 8;

/** A number as LP text: the shortest decimal that round-trips (JS `String`), never NaN or ±Infinity. */
export function lpNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`LP coefficient must be finite, got ${value}`);
  return String(value === 0 ? 0 : value);
}

/** Σ terms as LP text, e.g. "3 y0 - x1 + 0.5 x2" (a unit coefficient is omitted). */
export function lpExpression(terms: readonly LpTerm[]): string {
  if (terms.length === 0) throw new Error('an LP expression needs at least one term');
  const parts: string[] = [];
  terms.forEach((t, i) => {
    const magnitude = Math.abs(t.coef);
    const body = magnitude === 1 ? t.name : `${lpNumber(magnitude)} ${t.name}`;
    const sign = t.coef < 0 ? '-' : '+';
    const lead = i % TERMS_PER_LINE === 0 && i > 0 ? '\n   ' : ' ';
    parts.push(i === 0 ? (t.coef < 0 ? `- ${body}` : body) : `${lead}${sign} ${body}`);
  });
  return parts.join('');
}

function boundLine(b: LpBound): string {
  if (b.lower === b.upper) return ` ${b.name} = ${lpNumber(b.lower)}`;
  const upper = b.upper === Infinity ? '+inf' : lpNumber(b.upper);
  if (b.lower === 0) return ` ${b.name} <= ${upper}`;
  const lower = b.lower === -Infinity ? '-inf' : lpNumber(b.lower);
  return ` ${lower} <= ${b.name} <= ${upper}`;
}

/** The problem as CPLEX LP text (sections Maximize/Minimize, Subject To, Bounds, Binary, End). */
export function lpText(problem: LpProblem): string {
  const lines: string[] = [problem.sense === 'maximize' ? 'Maximize' : 'Minimize'];
  lines.push(` obj: ${lpExpression(problem.objective)}`);
  if (problem.rows.length > 0) {
    lines.push('Subject To');
    for (const row of problem.rows) lines.push(` ${row.name}: ${lpExpression(row.terms)} ${row.sense} ${lpNumber(row.rhs)}`);
  }
  if (problem.bounds.length > 0) {
    lines.push('Bounds');
    for (const b of problem.bounds) lines.push(boundLine(b));
  }
  if (problem.binaries.length > 0) {
    lines.push('Binary');
    for (let i = 0; i < problem.binaries.length; i += TERMS_PER_LINE) lines.push(` ${problem.binaries.slice(i, i + TERMS_PER_LINE).join(' ')}`);
  }
  lines.push('End', '');
  return lines.join('\n');
}
