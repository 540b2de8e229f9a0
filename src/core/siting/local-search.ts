// Swap search: drop one chosen site and add one candidate (or just add one) whenever that
// improves the plan, until no move does or time runs out. Moves are ranked cheaply (fast
// interchange: the weight only site i covers vs. what candidate j would add), then the best few
// are tried exactly on the state. When a floor is short, or for maximin, moves aimed at the
// worst district or floor are tried too: a coverage ranking alone would not find them.

import { assignDemand } from './assign.ts';
import type { PlanState } from './plan-state.ts';
import { aimedMove, dropAndRefill, pairMove } from './aimed-moves.ts';
import { apply, feasible, isBetter, keyOf, type PlanKey, type SwapOptions } from './moves.ts';

const TRIED_PER_ROUND = 24;
// Below this many (drop, add) pairs every pair is tried each round: small plans get an exact
// neighbourhood, where ranking by estimated coverage would miss floor and maximin moves.
const ALL_PAIRS = 4000;
// Partners looked at beyond those sharing points with the candidate (see rankedMoves).
const PARTNERS_SCANNED = 64;

/** Improves `state` in place by swaps and additions; returns the number of moves made and whether time ran out. */
export async function improveBySwaps(state: PlanState, options: SwapOptions): Promise<{ moves: number; timedOut: boolean }> {
  const { target, maximin, deadline, tick } = options;
  let moves = 0;
  for (;;) {
    if (performance.now() > deadline) return { moves, timedOut: true };
    await tick();
    const current = keyOf(state, target, maximin);
    let made = state.instance.capacity !== null && rebalance(state, options, current) ? 1 : 0;
    if (made === 0) {
      // Several moves per round: each is checked exactly on the state as it is by then, and
      // sites already moved this round are left alone (their estimates are stale).
      const moved = new Set<number>();
      let key = current;
      const positiveOnly = !maximin && !state.instance.capacity && current.deficit === 0;
      for (const [i, j] of rankedMoves(state, options, positiveOnly)) {
        if (moved.has(j) || moved.has(i) || !feasible(state, options, i, j)) continue;
        const undo = apply(state, i, j);
        const next = keyOf(state, target, maximin);
        if (isBetter(next, key)) {
          key = next;
          made++;
          moved.add(j);
          if (i >= 0) moved.add(i);
        } else undo();
        if (performance.now() > deadline) break;
      }
    }
    if (made === 0 && (current.deficit > 0 || maximin) && aimedMove(state, options, current)) made = 1;
    if (made === 0 && dropAndRefill(state, options, current)) made = 1;
    if (made === 0 && pairMove(state, options, current)) made = 1;
    if (made === 0) return { moves, timedOut: false };
    moves += made;
    options.improved?.();
  }
}

// With capacity: assignDemand's assignment of the same sites, when it beats the state's own.
function rebalance(state: PlanState, options: SwapOptions, current: PlanKey): boolean {
  const undo = state.snapshot();
  state.reassign(assignDemand(state.instance, state.sites()));
  if (isBetter(keyOf(state, options.target, options.maximin), current)) return true;
  undo();
  return false;
}

// For each candidate j, its best partner i by estimated net coverage gain; the top few overall.
function rankedMoves(state: PlanState, options: SwapOptions, positiveOnly: boolean): [number, number][] {
  const { instance } = state;
  const { coverStart, coverDemand, demandWeight, coveredByExisting } = instance;
  const nCandidates = instance.candidateCost.length;
  const chosen: number[] = [];
  for (let j = 0; j < nCandidates; j++) if (state.chosen[j] && !options.locked[j]) chosen.push(j);
  // loss[i]: weight only site i covers (with capacity: the weight it serves).
  const loss = new Float64Array(nCandidates);
  const extra = new Float64Array(nCandidates);
  for (const i of chosen) {
    if (instance.capacity) {
      loss[i] = instance.capacity[i]! - state.room[i]!;
      continue;
    }
    for (let k = coverStart[i]!; k < coverStart[i + 1]!; k++) {
      const d = coverDemand[k]!;
      if (state.count[d] === 1 && !coveredByExisting[d]) loss[i]! += demandWeight[d]!;
    }
  }
  const moves: { i: number; j: number; net: number }[] = [];
  const byLoss = [...chosen].sort((a, b) => loss[a]! - loss[b]! || options.rank[a]! - options.rank[b]!);
  if ((chosen.length + 1) * nCandidates <= ALL_PAIRS) {
    for (let j = 0; j < nCandidates; j++) {
      if (state.chosen[j] || options.forbidden[j]) continue;
      for (const i of [-1, ...chosen]) if (feasible(state, options, i, j)) moves.push({ i, j, net: 0 });
    }
    return moves.map((m) => [m.i, m.j]);
  }
  for (let j = 0; j < nCandidates; j++) {
    if (state.chosen[j] || options.forbidden[j]) continue;
    const gain = state.gain(j);
    if (gain <= 0) continue;
    const owners: number[] = [];
    if (!instance.capacity) {
      // Points j covers that only one chosen site covers: dropping that site keeps them covered.
      for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
        const d = coverDemand[k]!;
        if (state.count[d] !== 1 || coveredByExisting[d]) continue;
        const owner = state.ownerSum[d]!;
        if (extra[owner] === 0) owners.push(owner);
        extra[owner]! += demandWeight[d]!;
      }
    }
    let best = { i: -1, net: feasible(state, options, -1, j) ? gain : -Infinity };
    const consider = (i: number, net: number) => {
      if (net > best.net || (net === best.net && best.i >= 0 && options.rank[i]! < options.rank[best.i]!)) {
        if (feasible(state, options, i, j)) best = { i, net };
      }
    };
    for (const o of owners) if (!options.locked[o]) consider(o, gain + extra[o]! - loss[o]!);
    // Any other partner loses its whole loss: the cheapest-to-lose feasible one is the best.
    for (let at = 0, seen = 0; at < byLoss.length && seen < PARTNERS_SCANNED; at++) {
      const i = byLoss[at]!;
      if (extra[i] !== 0) continue;
      seen++;
      if (feasible(state, options, i, j)) {
        consider(i, gain - loss[i]!);
        break;
      }
    }
    for (const o of owners) extra[o] = 0;
    if (best.net > (positiveOnly ? 0 : -Infinity)) moves.push({ i: best.i, j, net: best.net });
  }
  moves.sort((a, b) => b.net - a.net || options.rank[a.j]! - options.rank[b.j]!);
  return moves.slice(0, Math.max(TRIED_PER_ROUND, chosen.length)).map((m) => [m.i, m.j]);
}

