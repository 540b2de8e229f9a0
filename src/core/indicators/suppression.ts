// Small-number protection: a figure computed from very few people, tests or devices is both
// unreliable and can identify individuals, so it is withheld (NaN) and flagged, and the map
// shows "suppressed" rather than "no data". Only primary suppression is done here: a withheld
// cell that could be recovered by subtracting published cells from a published total
// (complementary suppression) is not handled.

/** Figures with flags: values has NaN where suppressed; flags[i] = 1 where suppressed, else 0. */
export interface Suppressed {
  readonly values: Float64Array;
  readonly flags: Uint8Array;
}

/**
 * Withhold each figure whose base (people, tests or devices behind it) is below `minimum`
 * (same unit as the base). A missing base (NaN) is withheld too: we cannot show it is large enough.
 * A figure that is already missing while its base is sufficient stays NaN with flag 0 (missing, not withheld).
 */
export function suppress(values: ArrayLike<number>, base: ArrayLike<number>, minimum: number): Suppressed {
  if (!(minimum >= 0 && minimum < Infinity)) throw new RangeError(`minimum must be finite and ≥ 0, got ${minimum}`);
  if (base.length !== values.length) throw new Error(`base covers ${base.length} districts but values cover ${values.length}`);
  const out = Float64Array.from(values);
  const flags = new Uint8Array(values.length);
  for (let i = 0; i < out.length; i++) {
    if (base[i]! >= minimum) continue;
    out[i] = Number.NaN;
    flags[i] = 1;
  }
  return { values: out, flags };
}

/**
 * Withhold a gap or parity (or any figure derived from two suppressed figures) wherever either
 * operand was withheld: otherwise the withheld one could be recovered from the other and the gap.
 */
export function suppressGap(values: ArrayLike<number>, flagsA: Uint8Array, flagsB: Uint8Array): Suppressed {
  if (flagsA.length !== values.length || flagsB.length !== values.length) {
    throw new Error(`flags cover ${flagsA.length} and ${flagsB.length} districts but values cover ${values.length}`);
  }
  const out = Float64Array.from(values);
  const flags = new Uint8Array(values.length);
  for (let i = 0; i < out.length; i++) {
    if (flagsA[i] === 0 && flagsB[i] === 0) continue;
    out[i] = Number.NaN;
    flags[i] = 1;
  }
  return { values: out, flags };
}

/** The minimums behind tile summaries, as the project file spells them. */
export interface TileMinimums {
  /** Speed tests. */
  readonly min_tests?: number;
  /** Distinct devices. */
  readonly min_devices?: number;
}

/** Whether the project protects tile summaries at all (some minimum of tests or devices is set). */
export function protectsTiles(rules: TileMinimums): boolean {
  return rules.min_tests !== undefined || rules.min_devices !== undefined;
}

/** Whether a tile summary over `tests` tests and `devices` devices is withheld; a missing (NaN) count is withheld too. */
export function tileWithheld(tests: number, devices: number, rules: TileMinimums): boolean {
  return (rules.min_tests !== undefined && !(tests >= rules.min_tests)) || (rules.min_devices !== undefined && !(devices >= rules.min_devices));
}
