// Rates, gaps and parity between population groups, computed from counts.
// A planner's headline numbers ("52.4 % of Nairobi residents aged 3+ use the internet,
// women 5.8 points behind men") all come from here, so every formula is spelled out.

/** Counts for one group (e.g. "female") per district: numerator and denominator. */
export interface GroupCounts {
  readonly group: string;
  /** People in the group who have the attribute (e.g. internet users), per district. */
  readonly numerator: Float64Array;
  /** People in the group (e.g. population aged 3+), per district. */
  readonly denominator: Float64Array;
}

/** A gap between two groups: `a` minus `b` (e.g. ["male", "female"]). */
export type GroupPair = readonly [a: string, b: string];

export interface RateInput {
  readonly groups: readonly GroupCounts[];
  readonly gaps: readonly GroupPair[];
}

export interface GapResult {
  readonly a: string;
  readonly b: string;
  /** rate(a) − rate(b) per district, in percentage points. */
  readonly gapPoints: Float64Array;
  /** rate(b) / rate(a) per district (1 = parity; e.g. the gender parity index when b is female). */
  readonly parity: Float64Array;
}

export interface RateResult {
  /** Per group, the share per district in percent (0–100); NaN where the denominator is missing or zero. */
  readonly rates: Readonly<Record<string, Float64Array>>;
  readonly gaps: readonly GapResult[];
}

/** Share in percent (0–100) of numerator over denominator; NaN when undefined. */
export function percent(numerator: number, denominator: number): number {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0 || numerator < 0) {
    return Number.NaN;
  }
  return (100 * numerator) / denominator;
}

/** Per-district shares in percent for one group. */
export function groupRates(counts: GroupCounts): Float64Array {
  const n = counts.numerator.length;
  if (counts.denominator.length !== n) {
    throw new Error(`group "${counts.group}": numerator has ${n} districts but denominator has ${counts.denominator.length}`);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = percent(counts.numerator[i]!, counts.denominator[i]!);
  return out;
}

/** Gap in percentage points (a − b) and parity ratio (b / a) between two rate columns. */
export function gapBetween(a: string, rateA: Float64Array, b: string, rateB: Float64Array): GapResult {
  const n = rateA.length;
  const gapPoints = new Float64Array(n);
  const parity = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ra = rateA[i]!;
    const rb = rateB[i]!;
    gapPoints[i] = ra - rb;
    parity[i] = ra > 0 ? rb / ra : Number.NaN;
  }
  return { a, b, gapPoints, parity };
}

/** Rates for every group and the requested gaps; unknown group names in a gap are an error. */
export function computeRates(input: RateInput): RateResult {
  const rates: Record<string, Float64Array> = {};
  for (const g of input.groups) {
    if (g.group in rates) throw new Error(`group "${g.group}" is defined twice`);
    rates[g.group] = groupRates(g);
  }
  const gaps = input.gaps.map(([a, b]) => {
    const ra = rates[a];
    const rb = rates[b];
    if (!ra || !rb) {
      const missing = ra ? b : a;
      throw new Error(`gap ${a}-${b}: no group named "${missing}" (groups: ${Object.keys(rates).join(', ')})`);
    }
    return gapBetween(a, ra, b, rb);
  });
  return { rates, gaps };
}
