// The cheapest way to link a community network's chosen sites to backhaul: a minimum spanning
// tree over the chosen sites plus one root standing for all backhaul (each site joined to the
// root by its shortest backhaul link). Only chosen sites relay. Link cost is proportional to
// length, so the shortest tree is the cheapest; evaluatePlan counts its cost and checkPlan its
// reach, and every solver's links are rebuilt from it.

import { MinHeap } from './min-heap.ts';
import type { PlanLinks, SitingNetwork } from './types.ts';

/** How the chosen sites link up, and what the links cost. */
export interface NetworkTree {
  /**
   * One entry per entry of `sites`, in that order. A site that reaches no backhaul (or a repeated
   * or unknown index) has hops 0, length 0 and itself as parent.
   */
  readonly links: PlanLinks;
  /** Σ length of the tree's links, metres. */
  readonly lengthM: number;
  /** lengthM / 1000 × linkCostPerKm, currency units. */
  readonly linkCost: number;
  /** Chosen candidates with no chain of chosen sites to backhaul, ascending. */
  readonly unconnected: Int32Array;
}

/** The cost in currency units of `metres` of links. */
export function linkCostOf(network: SitingNetwork, metres: number): number {
  return (metres / 1000) * network.linkCostPerKm;
}

/** Minimum spanning tree (Prim, from the backhaul root) over the chosen candidates `sites`; nCandidates bounds the indices. */
export function networkTree(network: SitingNetwork, sites: Int32Array, nCandidates: number): NetworkTree {
  const n = sites.length;
  const position = new Int32Array(nCandidates).fill(-1);
  sites.forEach((j, at) => {
    if (j >= 0 && j < nCandidates && position[j]! < 0) position[j] = at;
  });
  const parent = Int32Array.from(sites);
  const hops = new Int32Array(n);
  const length = new Float64Array(n);
  // key[at]: the shortest link found so far from the tree to site `at`; parent as above.
  const key = new Float64Array(n).fill(Infinity);
  const inTree = new Uint8Array(n);
  const heap = new MinHeap();
  const { backhaulStart, backhaulTo, backhaulLength, linkStart, linkTo, linkLength } = network;
  for (let at = 0; at < n; at++) {
    const j = sites[at]!;
    if (position[j] !== at) continue;
    for (let p = backhaulStart[j]!; p < backhaulStart[j + 1]!; p++) {
      if (backhaulLength[p]! < key[at]!) [key[at], parent[at]] = [backhaulLength[p]!, -1 - backhaulTo[p]!];
    }
    if (key[at]! < Infinity) heap.push(at, key[at]!);
  }
  let lengthM = 0;
  while (heap.size > 0) {
    const { id: at, key: k } = heap.pop();
    if (inTree[at] || k !== key[at]) continue;
    inTree[at] = 1;
    length[at] = k;
    lengthM += k;
    const p = parent[at]!;
    hops[at] = p < 0 ? 1 : hops[position[p]!]! + 1;
    const j = sites[at]!;
    for (let e = linkStart[j]!; e < linkStart[j + 1]!; e++) {
      const other = position[linkTo[e]!]!;
      if (other < 0 || inTree[other] || linkLength[e]! >= key[other]!) continue;
      key[other] = linkLength[e]!;
      parent[other] = j;
      heap.push(other, linkLength[e]!);
    }
  }
  const unconnected: number[] = [];
  for (let at = 0; at < n; at++) {
    if (inTree[at]) continue;
    parent[at] = sites[at]!;
    if (position[sites[at]!] === at) unconnected.push(sites[at]!);
  }
  return { links: { parent, hops, length }, lengthM, linkCost: linkCostOf(network, lengthM), unconnected: Int32Array.from(unconnected.sort((a, b) => a - b)) };
}
