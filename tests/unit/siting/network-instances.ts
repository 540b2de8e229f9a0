// Community-network instances for tests: links written by hand (candidate pairs and candidate–
// backhaul pairs with their lengths), or seeded random sites on a 10 × 10 km square near the
// equator linked by the real buildNetworkLinks.
import { mulberry32 } from '../../../src/core/random.ts';
import { buildNetworkLinks } from '../../../src/core/siting/network-links.ts';
import type { SitingInstance, SitingNetwork } from '../../../src/core/siting/types.ts';
import { makeInstance, randomSpec } from './exact-oracle.ts';

export interface LinkSpec {
  /** Candidate–candidate links [j, k, metres] (each once). */
  links?: [number, number, number][];
  /** Candidate–backhaul links [j, b, metres]. */
  backhaul: [number, number, number][];
  nBackhaul?: number;
  linkM?: number;
  perKm?: number;
}

/** CSR rows over n candidates from [from, to, metres] triples (targets ascending). */
function rows(n: number, triples: [number, number, number][]) {
  const sorted = [...triples].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const start = new Int32Array(n + 1);
  for (const [j] of sorted) start[j + 1]!++;
  for (let j = 0; j < n; j++) start[j + 1]! += start[j]!;
  return { start, to: Int32Array.from(sorted.map((t) => t[1])), length: Float64Array.from(sorted.map((t) => t[2])) };
}

/** A network over the instance's candidates from hand-written links. */
export function networkOf(n: number, spec: LinkSpec): SitingNetwork {
  const both = (spec.links ?? []).flatMap(([j, k, m]): [number, number, number][] => [[j, k, m], [k, j, m]]);
  const cand = rows(n, both);
  const back = rows(n, spec.backhaul);
  return {
    linkM: spec.linkM ?? 1000,
    linkCostPerKm: spec.perKm ?? 0,
    nBackhaul: spec.nBackhaul ?? 1 + Math.max(-1, ...spec.backhaul.map((t) => t[1])),
    linkStart: cand.start,
    linkTo: cand.to,
    linkLength: cand.length,
    backhaulStart: back.start,
    backhaulTo: back.to,
    backhaulLength: back.length,
  };
}

/** The instance with the hand-written network. */
export function withLinks(instance: SitingInstance, spec: LinkSpec): SitingInstance {
  return { ...instance, network: networkOf(instance.candidateCost.length, spec) };
}

const KM_DEG = 1 / 111.195; // one km of latitude (or of longitude at the equator) in degrees

/** A seeded random small network instance: randomSpec's features, sites scattered over 6 × 6 km, 0–2 pure relays, 1–2 backhaul points, links ≤ 3–5 km, 0 (a fifth of them), ½ or 1 per km. */
export function randomNetworkInstance(seed: number): SitingInstance {
  const rnd = mulberry32(seed * 7919 + 1);
  // Links cost too: 4 more budget than randomSpec gives, or most plans would be infeasible.
  const spec = randomSpec(seed);
  const instance = withRelays(makeInstance({ ...spec, budget: (spec.budget ?? Infinity) + 4 }), Math.floor(rnd() * 3), rnd);
  const n = instance.candidateCost.length;
  const place = (count: number) => {
    const lon = Float64Array.from({ length: count }, () => 6 * rnd() * KM_DEG);
    const lat = Float64Array.from({ length: count }, () => 6 * rnd() * KM_DEG);
    return { lon, lat };
  };
  const sites = place(n);
  // Backhaul near one corner, so far sites need chains (and sometimes relays) to reach it.
  const backhaul = place(1 + Math.floor(rnd() * 2));
  backhaul.lon.forEach((_, b) => ((backhaul.lon[b]! /= 2), (backhaul.lat[b]! /= 2)));
  const linkM = 3000 + 1000 * Math.floor(rnd() * 3);
  const perKm = rnd() < 0.2 ? 0 : (1 + Math.floor(rnd() * 2)) / 2;
  return { ...instance, network: buildNetworkLinks(sites, backhaul, linkM, perKm) };
}

/** The instance with `count` more candidates that cover nobody (pure relays), costing 0–2 each. */
function withRelays(instance: SitingInstance, count: number, rnd: () => number): SitingInstance {
  const n = instance.candidateCost.length;
  const coverStart = new Int32Array(n + count + 1);
  coverStart.set(instance.coverStart);
  coverStart.fill(instance.coverStart[n]!, n + 1);
  const candidateCost = new Float64Array(n + count);
  candidateCost.set(instance.candidateCost);
  for (let j = n; j < n + count; j++) candidateCost[j] = Math.floor(rnd() * 3);
  const capacity = instance.capacity ? Float64Array.from([...instance.capacity, ...new Array<number>(count).fill(0)]) : null;
  return { ...instance, coverStart, candidateCost, capacity };
}
