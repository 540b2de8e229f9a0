// Seeded random numbers: tie-breaks, fuzz tests, synthetic data and benchmarks must be
// reproducible (STYLE.md, determinism), so nothing in Lastmile calls Math.random.

/** mulberry32: a tiny 32-bit seeded generator returning uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
