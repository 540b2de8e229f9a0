// Margins of error for survey-based rates and gaps (e.g. the American Community Survey,
// which publishes a 90 % margin with every estimate). The formulas are the Census Bureau's
// approximations (ACS General Handbook 2020, ch. 8): the margins keep the confidence level
// of the inputs. Census counts (a full enumeration) have no margin and skip all of this.

/**
 * Margin of error of a proportion p = X / Y where X is a subset of Y, in the unit of p
 * (multiply by 100 for percentage points): √(MOE_X² − p²·MOE_Y²) / Y, falling back to the
 * ratio formula √(MOE_X² + p²·MOE_Y²) / Y when the term under the root is negative.
 */
export function proportionMoe(x: number, y: number, moeX: number, moeY: number): number {
  if (!(y > 0) || !Number.isFinite(x) || !Number.isFinite(moeX) || !Number.isFinite(moeY)) return Number.NaN;
  const p = x / y;
  const radicand = moeX * moeX - p * p * moeY * moeY;
  return Math.sqrt(radicand >= 0 ? radicand : moeX * moeX + p * p * moeY * moeY) / y;
}

/** Margin of a difference of two independent estimates: √(MOE_a² + MOE_b²), same unit as the inputs. */
export function differenceMoe(moeA: number, moeB: number): number {
  return Math.sqrt(moeA * moeA + moeB * moeB);
}

/** Per district, the margin of a rate in percentage points, from counts and their margins. */
export function rateMoePoints(numerator: ArrayLike<number>, denominator: ArrayLike<number>, numeratorMoe: ArrayLike<number>, denominatorMoe: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: numerator.length }, (_, i) => 100 * proportionMoe(numerator[i]!, denominator[i]!, numeratorMoe[i]!, denominatorMoe[i]!));
}

/** Per district, the margin of a gap between two rates, in percentage points. */
export function gapMoePoints(moeA: ArrayLike<number>, moeB: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: moeA.length }, (_, i) => differenceMoe(moeA[i]!, moeB[i]!));
}
