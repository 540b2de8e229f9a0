// The rules of a community network, checked: every chosen site links to backhaul through chosen
// sites; every link a plan reports is one the instance lists, no longer than the longest allowed
// link, and together they are the cheapest tree (the cost evaluatePlan counts). Also the early
// checks of the network arrays themselves (validateInstance calls them).

import { networkTree } from './network-tree.ts';
import { amount } from './solve-messages.ts';
import type { PlanLinks, SitingInstance, SitingNetwork } from './types.ts';

const NAMED = 5;
// Lengths are copied from the instance, never recomputed: anything beyond rounding is a defect.
const LENGTH_EPS_M = 1e-6;

/** "candidates 3, 7 and 9" (at most NAMED named, then "and N more"). */
export function candidateList(sites: ArrayLike<number>): string {
  const list = Array.from(sites);
  const named = list.slice(0, NAMED).join(', ');
  if (list.length === 1) return `candidate ${named}`;
  if (list.length <= NAMED) return `candidates ${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return `candidates ${named} and ${list.length - NAMED} more`;
}

/** The listed length of link j–k in metres (k ≥ 0: a candidate; k < 0: backhaul −1−k), or null when the instance lists no such link. */
export function listedLength(network: SitingNetwork, j: number, k: number): number | null {
  const [start, to, length, target] = k >= 0
    ? [network.linkStart, network.linkTo, network.linkLength, k]
    : [network.backhaulStart, network.backhaulTo, network.backhaulLength, -1 - k];
  if (!(j >= 0 && j + 1 < start.length)) return null;
  for (let p = start[j]!; p < start[j + 1]!; p++) if (to[p] === target) return length[p]!;
  return null;
}

function endName(k: number): string {
  return k >= 0 ? `candidate ${k}` : `backhaul point ${-1 - k}`;
}

/** Every network rule the plan breaks, in plain words: sites not linked to backhaul, and reported links (when given) that are not listed, too long, inconsistent or not the cheapest. */
export function networkViolations(instance: SitingInstance, sites: Int32Array, links?: PlanLinks | null): string[] {
  const network = instance.network;
  if (!network) return links ? ['The plan reports links, but the scenario is not a community network.'] : [];
  const out: string[] = [];
  const nCandidates = instance.candidateCost.length;
  const tree = networkTree(network, sites, nCandidates);
  if (tree.unconnected.length > 0) {
    const one = tree.unconnected.length === 1;
    out.push(`${one ? 'Site' : 'Sites'} at ${candidateList(tree.unconnected)} ${one ? 'is' : 'are'} not linked to backhaul: no chain of chosen sites, each link at most ${amount(network.linkM)} m, reaches ${one ? 'it' : 'them'}.`);
  }
  if (!links) return out;
  const n = sites.length;
  if (links.parent.length !== n || links.hops.length !== n || links.length.length !== n) {
    return [...out, `The plan reports links for ${links.parent.length} sites; it has ${n}.`];
  }
  const position = new Map<number, number>();
  sites.forEach((j, at) => position.set(j, at));
  let reported = 0;
  for (let at = 0; at < n; at++) {
    const j = sites[at]!;
    const p = links.parent[at]!;
    if (links.hops[at] === 0 && p === j) continue; // not linked: said above
    const listed = listedLength(network, j, p);
    const link = `The link from candidate ${j} to ${endName(p)}`;
    if (p >= 0 && !position.has(p)) {
      out.push(`${link} goes to a site not in the plan.`);
      continue;
    }
    if (listed === null) {
      out.push(`${link} is not one the scenario allows (none is listed within ${amount(network.linkM)} m).`);
      continue;
    }
    if (listed > network.linkM) out.push(`${link} is ${amount(listed)} m long, over the ${amount(network.linkM)} m allowed.`);
    if (Math.abs(links.length[at]! - listed) > LENGTH_EPS_M) out.push(`${link} is reported as ${amount(links.length[at]!)} m; it is ${amount(listed)} m.`);
    const parentHops = p < 0 ? 0 : links.hops[position.get(p)!]!;
    // Hops one more than the parent's, all the way down: a cycle could never satisfy this.
    if (links.hops[at] !== parentHops + 1) out.push(`Candidate ${j} is reported ${links.hops[at]} links from backhaul; its parent is ${parentHops}.`);
    reported += listed;
  }
  if (reported > tree.lengthM + LENGTH_EPS_M * Math.max(1, n)) {
    out.push(`The plan's links total ${amount(reported)} m, more than the ${amount(tree.lengthM)} m of the cheapest links joining its sites (the length its cost counts).`);
  }
  return out;
}

/** Every way the network arrays break the contract in types.ts, in plain words; [] when sound. */
export function validateNetwork(instance: SitingInstance): string[] {
  const network = instance.network;
  // With phases the instance is refused as a whole by validatePhases (one message, not two).
  if (!network || instance.phases) return [];
  const out: string[] = [];
  const n = instance.candidateCost.length;
  if (!(network.linkM >= 0) || network.linkM === Infinity) out.push(`The longest link is ${network.linkM} m; it must be a finite number ≥ 0.`);
  if (!(network.linkCostPerKm >= 0) || network.linkCostPerKm === Infinity) out.push(`The link cost per km is ${network.linkCostPerKm}; it must be a finite number ≥ 0.`);
  const rows = (name: string, start: Int32Array, to: Int32Array, length: Float64Array, nTargets: number) => {
    if (start.length !== n + 1 || start[0] !== 0 || start[n] !== to.length || length.length !== to.length) {
      out.push(`${name} links must be rows over the ${n} candidates (start 0..${to.length}, one length per link).`);
      return false;
    }
    for (let j = 0; j < n; j++) {
      let previous = -1;
      for (let p = start[j]!; p < start[j + 1]!; p++) {
        const k = to[p]!;
        if (k <= previous || k >= nTargets || (name === 'Candidate' && k === j)) {
          out.push(`${name} links of candidate ${j} must be ascending indices below ${nTargets}, not itself (found ${k}).`);
          return false;
        }
        previous = k;
        if (!(length[p]! >= 0 && length[p]! <= network.linkM)) {
          out.push(`The link from candidate ${j} to ${name === 'Candidate' ? 'candidate' : 'backhaul point'} ${k} is ${length[p]} m; links are 0..${network.linkM} m.`);
          return false;
        }
      }
    }
    return true;
  };
  if (rows('Candidate', network.linkStart, network.linkTo, network.linkLength, n)) {
    let symmetric = true;
    for (let j = 0; j < n && symmetric; j++) {
      for (let p = network.linkStart[j]!; p < network.linkStart[j + 1]! && symmetric; p++) {
        const k = network.linkTo[p]!;
        symmetric = listedLength(network, k, j) === network.linkLength[p];
        if (!symmetric) out.push(`The link ${j}–${k} must be listed under both candidates with the same length.`);
      }
    }
  }
  rows('Backhaul', network.backhaulStart, network.backhaulTo, network.backhaulLength, network.nBackhaul);
  return out;
}
