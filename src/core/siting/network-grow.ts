// Growing a community network from backhaul: each step finds, for every candidate, the cheapest
// chain of new sites linking it to the network (backhaul or a chosen site), prices the value
// gained along that chain per cost of its sites and links, tries the best few chains exactly on
// the plan, and adds the best. A relay that covers nobody is thus added when, and only when, the
// sites it opens up pay for it. Costs stay within the budget including the links: a chain's
// links are added to the tree's cost, and the cheapest tree is never dearer than that.

import { MinHeap } from './min-heap.ts';
import { linkCostOf, networkTree } from './network-tree.ts';
import type { PlanState } from './plan-state.ts';
import { SITING_EPS, type SitingNetwork } from './types.ts';

/** Limits and tie-breaks for growing a network. */
export interface GrowOptions {
  /** Price chains by cost (a budget binds) or by number of sites. */
  readonly byCost: boolean;
  readonly budget: number;
  readonly maxSites: number;
  /** 1 = never choose. */
  readonly forbidden: Uint8Array;
  /** Seeded tie-break rank per candidate: on equal value per cost the lower rank wins. */
  readonly rank: Float64Array;
  readonly tick: () => Promise<void>;
  /** performance.now() (ms) after which growth stops where it is (default: never). */
  readonly deadline?: number;
}

/** Cheapest chains from the network to each candidate (see cheapestChains). */
export interface Chains {
  /** The price searched on (cost or sites, plus tie-breaks); Infinity when unreachable. */
  readonly price: Float64Array;
  /** Currency the chain adds at most: its new sites and its links. */
  readonly spent: Float64Array;
  /** New sites on the chain. */
  readonly count: Int32Array;
  /** Σ score of the chain's new sites (an estimate: their gains may overlap). */
  readonly value: Float64Array;
  /** The previous candidate on the chain; −1 when it links straight to the network. */
  readonly previous: Int32Array;
}

// Chains checked exactly on the plan per step (the rest are ranked by their estimate only).
const TRIED_PER_STEP = 8;

/** The network's whole cost: chosen sites and the cheapest tree linking them (currency units). */
export function networkCost(state: PlanState, network: SitingNetwork): number {
  return state.cost + networkTree(network, state.sites(), state.chosen.length).linkCost;
}

/** Chosen sites linked to backhaul through chosen sites (1 = linked). */
export function linkedSites(state: PlanState, network: SitingNetwork): Uint8Array {
  const linked = state.chosen.slice();
  for (const j of networkTree(network, state.sites(), state.chosen.length).unconnected) linked[j] = 0;
  return linked;
}

/**
 * Dijkstra from the linked part of the network (backhaul and linked chosen sites) through
 * candidates not forbidden; chosen sites not yet linked are crossed at no cost (they are paid).
 * Chains spending more than room.money or adding more than room.sites sites are not followed.
 */
export function cheapestChains(state: PlanState, network: SitingNetwork, options: GrowOptions, score: Float64Array, room = { money: Infinity, sites: Infinity }): Chains {
  const n = state.chosen.length;
  const costs = state.instance.candidateCost;
  const linked = linkedSites(state, network);
  let positive = 0;
  for (const c of costs) positive += c;
  // Free sites and free links still need a price: a millionth of the mean cost per site, and
  // less than that per link (by length) so shorter links win ties.
  const tiny = positive > 0 ? (1e-6 * positive) / n : 1e-6;
  const node = (v: number) => (state.chosen[v] ? 0 : options.byCost ? costs[v]! + tiny : 1);
  const edge = (metres: number) => (options.byCost ? linkCostOf(network, metres) : 0) + (tiny * 1e-3 * metres) / Math.max(1, network.linkM);
  const price = new Float64Array(n).fill(Infinity);
  const spent = new Float64Array(n);
  const count = new Int32Array(n);
  const value = new Float64Array(n);
  const previous = new Int32Array(n).fill(-1);
  const heap = new MinHeap();
  const open = (v: number) => !linked[v] && !options.forbidden[v];
  const reach = (v: number, from: number, metres: number) => {
    const p = (from < 0 ? 0 : price[from]!) + node(v) + edge(metres);
    if (p >= price[v]!) return;
    const fresh = state.chosen[v] ? 0 : 1;
    const money = (from < 0 ? 0 : spent[from]!) + fresh * costs[v]! + linkCostOf(network, metres);
    const sites = (from < 0 ? 0 : count[from]!) + fresh;
    if (money > room.money || sites > room.sites) return;
    price[v] = p;
    previous[v] = from;
    spent[v] = money;
    count[v] = sites;
    value[v] = (from < 0 ? 0 : value[from]!) + fresh * score[v]!;
    heap.push(v, p);
  };
  const { backhaulStart, backhaulLength, linkStart, linkTo, linkLength } = network;
  for (let v = 0; v < n; v++) {
    if (open(v)) for (let p = backhaulStart[v]!; p < backhaulStart[v + 1]!; p++) reach(v, -1, backhaulLength[p]!);
    if (!linked[v]) continue;
    for (let e = linkStart[v]!; e < linkStart[v + 1]!; e++) if (open(linkTo[e]!)) reach(linkTo[e]!, -1, linkLength[e]!);
  }
  const done = new Uint8Array(n);
  while (heap.size > 0) {
    const { id: u, key } = heap.pop();
    if (done[u] || key !== price[u]) continue;
    done[u] = 1;
    for (let e = linkStart[u]!; e < linkStart[u + 1]!; e++) {
      const v = linkTo[e]!;
      if (open(v) && !done[v]) reach(v, u, linkLength[e]!);
    }
  }
  return { price, spent, count, value, previous };
}

/** The chain's candidates not yet chosen, from the network outwards. */
export function chainSites(state: PlanState, chains: Chains, target: number): number[] {
  const out: number[] = [];
  for (let v = target; v >= 0; v = chains.previous[v]!) if (!state.chosen[v]) out.push(v);
  return out.reverse();
}

/**
 * Adds chains of candidates to `state` (every chain linked to the network), best value gained
 * per price first, while one with a positive gain fits the budget (links included) and the
 * site limit, or until done(). score(j): a site's own value, to rank chains; value(): the
 * plan's value, to measure a chain exactly. local: score(j) changes only when a point j covers
 * is newly covered (coverage gain without capacity), so only those candidates are rescored.
 */
export async function growNetwork(
  state: PlanState,
  network: SitingNetwork,
  score: (j: number) => number,
  value: () => number,
  options: GrowOptions,
  done?: () => boolean,
  local = false,
): Promise<void> {
  const n = state.chosen.length;
  const scores = new Float64Array(n);
  const slack = SITING_EPS * Math.max(1, options.budget);
  const rescore = (v: number) => (scores[v] = state.chosen[v] || options.forbidden[v] ? 0 : Math.max(0, score(v)));
  for (let v = 0; v < n; v++) rescore(v);
  while (!done?.()) {
    await options.tick();
    if (performance.now() > (options.deadline ?? Infinity)) return;
    const cost = networkCost(state, network);
    const chains = cheapestChains(state, network, options, scores, { money: options.budget + slack - cost, sites: options.maxSites - state.nSites });
    const targets: number[] = [];
    for (let v = 0; v < n; v++) {
      if (scores[v]! > 0 && chains.price[v]! < Infinity && cost + chains.spent[v]! <= options.budget + slack && state.nSites + chains.count[v]! <= options.maxSites) targets.push(v);
    }
    if (targets.length === 0) return;
    const estimate = (v: number) => chains.value[v]! / chains.price[v]!;
    targets.sort((a, b) => estimate(b) - estimate(a) || options.rank[a]! - options.rank[b]!);
    const before = value();
    let best: { sites: number[]; ratio: number; v: number } | null = null;
    for (const v of targets.slice(0, TRIED_PER_STEP)) {
      const sites = chainSites(state, chains, v);
      // Without capacity removing undoes adding exactly, and costs far less than a snapshot.
      const restore = state.instance.capacity ? state.snapshot() : () => sites.forEach((j) => state.remove(j));
      for (const j of sites) state.add(j);
      const gained = value() - before;
      restore();
      const ratio = gained / chains.price[v]!;
      if (gained > SITING_EPS * Math.max(1, Math.abs(before)) && (!best || ratio > best.ratio || (ratio === best.ratio && options.rank[v]! < options.rank[best.v]!))) best = { sites, ratio, v };
    }
    if (!best) return;
    if (!local) {
      for (const j of best.sites) state.add(j);
      for (let v = 0; v < n; v++) rescore(v);
      continue;
    }
    // Only candidates sharing a point the chain newly covers change score: rescore those.
    const touched: number[] = [];
    for (const j of best.sites) {
      state.forEachGain(j, (d) => touched.push(d));
      state.add(j);
    }
    const { start, site } = state.ds;
    for (const j of best.sites) scores[j] = 0;
    for (const d of touched) for (let k = start[d]!; k < start[d + 1]!; k++) rescore(site[k]!);
  }
}

/** growNetwork for coverage: chains ranked by the weight their sites newly cover (rescored locally without capacity). */
export async function growCoverage(state: PlanState, network: SitingNetwork, options: GrowOptions): Promise<void> {
  await growNetwork(state, network, (j) => state.gain(j), () => state.coveredWeight, options, undefined, state.instance.capacity === null);
}

/**
 * Links every chosen site not yet linked (locked sites) by the cheapest chains, whatever the
 * budget; returns the chosen sites no chain reaches (ascending).
 */
export async function linkChosen(state: PlanState, network: SitingNetwork, options: GrowOptions): Promise<number[]> {
  const n = state.chosen.length;
  const none = new Float64Array(n);
  for (;;) {
    await options.tick();
    const linked = linkedSites(state, network);
    const chains = cheapestChains(state, network, options, none);
    let target = -1;
    const unlinked: number[] = [];
    for (let v = 0; v < n; v++) {
      if (!state.chosen[v] || linked[v]) continue;
      unlinked.push(v);
      if (chains.price[v]! < Infinity && (target < 0 || chains.price[v]! < chains.price[target]!)) target = v;
    }
    if (target < 0) return unlinked;
    // Chosen sites on the way are crossed for free; adding the rest links the target's whole
    // group. An unlinked target's chain always holds a new site (else the tree would link it).
    const fresh = chainSites(state, chains, target);
    if (fresh.length === 0) throw new Error(`linkChosen: candidate ${target} reached by chosen sites only, yet not linked`);
    for (const j of fresh) state.add(j);
  }
}
