// The improvement pass of the phased heuristic: build a site earlier when that year's budget
// allows, add a site where money is left, swap the years of two sites, and swap a chosen site
// for one not chosen in the same year — each tried exactly on the per-year states and kept only
// when the roll-out gets better (floors first, then weight-years). A move never raises a year's
// spending over its budget, the total over the overall budget, nor the count over the limit.

import { makeRoom } from './phases-make-room.ts';
import { isBetterRollOut, type RollOutKey, type YearStates } from './phases-states.ts';
import { SITING_EPS } from './types.ts';

export interface ImproveOptions {
  /** Seeded tie-break rank per candidate: lower is tried first. */
  readonly rank: Float64Array;
  readonly locked: Uint8Array;
  readonly forbidden: Uint8Array;
  /** performance.now() time to stop by, in ms. */
  readonly deadline: number;
  readonly tick: () => Promise<void>;
  readonly improved?: () => void;
}

// Below this many candidates every unchosen one is tried in add and swap moves; above it, the
// most promising few by gain (and by gain per cost) in the last year.
const ALL_CANDIDATES = 200;
const LISTED = 32;

/** Improves the roll-out in place; returns the number of moves made and whether time ran out. */
export async function improveRollOut(ys: YearStates, options: ImproveOptions): Promise<{ moves: number; timedOut: boolean }> {
  const { rank, locked, forbidden, deadline, tick } = options;
  const T = ys.nYears;
  const budgets = ys.instance.phases!.budgets;
  const costs = ys.instance.candidateCost;
  const fits = (cost: number, budget: number) => cost <= budget + SITING_EPS * Math.max(1, budget);
  let key: RollOutKey = ys.key();
  let moves = 0;

  // Applies the changes (candidate → year) when no limit they raise is broken and the roll-out
  // gets better; otherwise leaves it as it was.
  const attempt = (changes: readonly (readonly [number, number])[]): boolean => {
    const delta = new Float64Array(T);
    let dCost = 0;
    let dSites = 0;
    for (const [j, t] of changes) {
      const from = ys.yearOf[j]!;
      if (from < T) [delta[from], dCost, dSites] = [delta[from]! - costs[j]!, dCost - costs[j]!, dSites - 1];
      if (t < T) [delta[t], dCost, dSites] = [delta[t]! + costs[j]!, dCost + costs[j]!, dSites + 1];
    }
    for (let t = 0; t < T; t++) if (delta[t]! > 0 && !fits(ys.yearCost[t]! + delta[t]!, budgets[t]!)) return false;
    if (dCost > 0 && !fits(ys.cost + dCost, ys.instance.budget)) return false;
    if (dSites > 0 && ys.nSites + dSites > ys.instance.maxSites) return false;
    const before = changes.map(([j]) => [j, ys.yearOf[j]!] as const);
    for (const [j, t] of changes) ys.setYear(j, t);
    const next = ys.key();
    if (isBetterRollOut(next, key)) {
      key = next;
      moves++;
      options.improved?.();
      return true;
    }
    for (const [j, t] of before.reverse()) ys.setYear(j, t);
    return false;
  };

  // The earliest year that can pay for k once j has moved to year s (nYears: dropped), or −1.
  const earliestAfter = (s: number, j: number, k: number): number => {
    const from = ys.yearOf[j]!;
    for (let u = 0; u < T; u++) {
      const freed = (u === from ? costs[j]! : 0) - (u === s ? costs[j]! : 0);
      if (fits(ys.yearCost[u]! - freed + costs[k]!, budgets[u]!)) return u;
    }
    return -1;
  };
  const byRank = (a: number, b: number) => rank[a]! - rank[b]!;
  for (;;) {
    if (performance.now() > deadline) return { moves, timedOut: true };
    await tick();
    const start = moves;
    const chosen = [...ys.yearOf.keys()].filter((j) => ys.yearOf[j]! < T).sort(byRank);
    const others = listed(ys, forbidden, rank);
    // Earlier: a site built sooner covers its people for more years.
    for (const j of chosen) for (let s = 0; s < ys.yearOf[j]!; s++) if (attempt([[j, s]])) break;
    // Add where money is left, earliest year first.
    for (const k of others) for (let s = 0; s < T && ys.yearOf[k] === T; s++) attempt([[k, s]]);
    await tick();
    // Swap years: the site worth more comes first.
    for (const j of chosen) {
      for (const k of chosen) {
        const [s, t] = [ys.yearOf[j]!, ys.yearOf[k]!];
        if (s < t && t < T) attempt([[k, s], [j, t]]);
      }
      if (performance.now() > deadline) break;
    }
    // Swap a chosen site for one not chosen: the chosen one is dropped or, when a later year can
    // pay for it, postponed (an expensive site may fit only a big year's budget); the new one goes
    // in the earliest year that can pay for it then.
    for (const j of chosen) {
      for (const k of others) {
        const t = ys.yearOf[j]!;
        if (t === T || ys.yearOf[k] !== T) continue;
        let done = false;
        for (let s = t + 1; s <= T && !done; s++) {
          const u = s < T || !locked[j] ? earliestAfter(s, j, k) : -1;
          if (u >= 0) done = attempt([[j, s], [k, u]]);
        }
        if (done) break;
      }
      if (performance.now() > deadline) break;
    }
    // Make room: only when nothing simpler helps (each try ends in a greedy refill).
    for (const k of moves === start ? others : []) {
      for (let u = 0; u < T && ys.yearOf[k] === T; u++) {
        if (await makeRoom(ys, k, u, key, locked, { byCost: true, forbidden, rank, tick })) {
          [key, moves] = [ys.key(), moves + 1];
          options.improved?.();
        }
      }
      if (performance.now() > deadline) break;
    }
    if (moves === start) return { moves, timedOut: false };
  }
}

// Unchosen candidates worth trying: all on small instances, else the top by gain and by gain
// per cost at the end of the last year (what an addition would add in every year it exists).
function listed(ys: YearStates, forbidden: Uint8Array, rank: Float64Array): number[] {
  const T = ys.nYears;
  const open = [...ys.yearOf.keys()].filter((j) => ys.yearOf[j] === T && !forbidden[j]);
  if (open.length <= ALL_CANDIDATES) return open.sort((a, b) => rank[a]! - rank[b]!);
  const last = ys.states[T - 1]!;
  const gain = new Float64Array(ys.yearOf.length);
  for (const j of open) gain[j] = last.gain(j);
  const costs = ys.instance.candidateCost;
  const top = (score: (j: number) => number) => [...open].sort((a, b) => score(b) - score(a) || rank[a]! - rank[b]!).slice(0, LISTED);
  return [...new Set([...top((j) => gain[j]!), ...top((j) => gain[j]! / (costs[j]! + 1e-9))])];
}
