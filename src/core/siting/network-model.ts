// The exact model of a community network: the siting MIP of exact-model.ts (coverage, capacity,
// floors, objective) plus single-commodity flow connectivity over a tree of directed arcs. A
// root stands for all backhaul; each chosen site has exactly one chosen arc in (its parent) and
// consumes one unit of flow sent from the root along chosen arcs, so every chosen site is
// linked. Variables (names clear of exact-model's x/y/z/t and of the LP format's exponent
// letter e): lb{j} the arc backhaul → j (its shortest backhaul link), ld{j}_{k} the arc j → k,
// fb{j} and fd{j}_{k} the flow on them. Flow on an arc ≤ M × its choice; a link is used one way
// at most and only with both ends. One parent per site (rather than "some link") makes the LP
// relaxation pay for a link per site, which tightened the bound (bench/README.md). The budget
// counts sites and chosen arcs; the cheapest tree (network-tree.ts) never costs more than the
// chosen arcs, so a plan read back keeps it.
import { buildExactModel, readExactSolution, type ExactChoice, type ExactModel, type ExactModelOptions } from './exact-model.ts';
import { lpText, type LpBound, type LpRow, type LpTerm } from './lp-format.ts';
import { linkCostOf, networkTree } from './network-tree.ts';
import type { SitingInstance, SitingNetwork } from './types.ts';

/** The largest power of two ≤ v (1 for v ≤ 0): dividing by it is exact. */
function powerOfTwo(v: number): number {
  return v > 0 ? 2 ** Math.floor(Math.log2(v)) : 1;
}

interface Link {
  readonly name: string;
  readonly cost: number;
}

/** The network MIP (or its LP relaxation) as LP text, in the shape of buildExactModel's (same scale, offset, goals). */
export function buildNetworkModel(instance: SitingInstance, options: ExactModelOptions = {}): ExactModel {
  const network = requireNetwork(instance);
  const goal = options.goal ?? instance.objective;
  const shortfall = goal === 'min-cost' || goal === 'min-sites';
  // Budget and site limit are written here (they count relays and links): none from the base.
  const base = buildExactModel({ ...instance, budget: Infinity, maxSites: Infinity }, options);
  const n = instance.candidateCost.length;
  const open = new Uint8Array(n).fill(1);
  for (const j of instance.forbidden) open[j] = 0;
  const locked = new Uint8Array(n);
  for (const j of instance.locked) locked[j] = 1;
  const declared = new Set<number>(base.reduced.candidates);
  const sites: number[] = [];
  for (let j = 0; j < n; j++) if (open[j]) sites.push(j);
  const x = (j: number) => `x${j}`;
  const rows: LpRow[] = [...base.problem.rows];
  const bounds: LpBound[] = [...base.problem.bounds];
  const binaries: string[] = [...base.problem.binaries];
  const integerNames: string[] = [...base.integerNames];
  const binary = (name: string, fixed: boolean) => {
    integerNames.push(name);
    if (options.relax) bounds.push({ name, lower: fixed ? 1 : 0, upper: 1 });
    else {
      binaries.push(name);
      if (fixed) bounds.push({ name, lower: 1, upper: 1 });
    }
  };
  for (const j of sites) if (!declared.has(j)) binary(x(j), locked[j] === 1);

  const limit = !shortfall && Number.isFinite(instance.maxSites) ? instance.maxSites : Infinity;
  // Flow on an arc never exceeds the number of sites a plan can hold: the site limit, and the
  // most sites the budget buys (cheapest first, links ignored). A smaller M tightens the LP.
  const bigM = Math.max(1, Math.min(sites.length, limit, shortfall ? Infinity : affordable(instance, sites)));
  const links: Link[] = [];
  const inflow: LpTerm[][] = Array.from({ length: n }, () => []);
  // Arcs into each site: exactly x of them are chosen (a tree: one parent per chosen site).
  const parents: LpTerm[][] = Array.from({ length: n }, () => []);
  const { backhaulStart, backhaulLength, linkStart, linkTo, linkLength } = network;
  const arc = (name: string, flow: string, cost: number, tail: number | null, head: number) => {
    binary(name, false);
    links.push({ name, cost });
    parents[head]!.push({ name, coef: 1 });
    inflow[head]!.push({ name: flow, coef: 1 });
    if (tail !== null) inflow[tail]!.push({ name: flow, coef: -1 });
    rows.push({ name: `nm${name}`, terms: [{ name: flow, coef: 1 }, { name, coef: -bigM }], sense: '<=', rhs: 0 });
  };
  for (const j of sites) {
    let shortest = Infinity;
    for (let p = backhaulStart[j]!; p < backhaulStart[j + 1]!; p++) shortest = Math.min(shortest, backhaulLength[p]!);
    if (shortest < Infinity) arc(`lb${j}`, `fb${j}`, linkCostOf(network, shortest), null, j);
  }
  for (const j of sites) {
    for (let e = linkStart[j]!; e < linkStart[j + 1]!; e++) {
      const k = linkTo[e]!;
      if (k <= j || !open[k]) continue;
      const cost = linkCostOf(network, linkLength[e]!);
      arc(`ld${j}_${k}`, `fd${j}_${k}`, cost, j, k);
      arc(`ld${k}_${j}`, `fd${k}_${j}`, cost, k, j);
      // The link j–k is used one way at most, and only when both ends are chosen.
      const both = [{ name: `ld${j}_${k}`, coef: 1 }, { name: `ld${k}_${j}`, coef: 1 }];
      rows.push({ name: `nxa${j}_${k}`, terms: [...both, { name: x(j), coef: -1 }], sense: '<=', rhs: 0 });
      rows.push({ name: `nxc${j}_${k}`, terms: [...both, { name: x(k), coef: -1 }], sense: '<=', rhs: 0 });
    }
  }
  for (const j of sites) {
    // Each chosen site keeps one unit of what flows in (in − out = x) and has one parent.
    rows.push({ name: `nfl${j}`, terms: [...inflow[j]!, { name: x(j), coef: -1 }], sense: '=', rhs: 0 });
    rows.push({ name: `npa${j}`, terms: [...parents[j]!, { name: x(j), coef: -1 }], sense: '=', rhs: 0 });
  }

  let impossible = base.impossible;
  const spend: LpTerm[] = [];
  for (const j of sites) if (instance.candidateCost[j]! > 0) spend.push({ name: x(j), coef: instance.candidateCost[j]! });
  for (const l of links) if (l.cost > 0) spend.push({ name: l.name, coef: l.cost });
  if (!shortfall && Number.isFinite(instance.budget)) {
    const costScale = powerOfTwo(Math.max(0, ...spend.map((t) => t.coef)));
    if (spend.length > 0) rows.push({ name: 'nbu', terms: spend.map((t) => ({ name: t.name, coef: t.coef / costScale })), sense: '<=', rhs: instance.budget / costScale });
  }
  if (limit < Infinity) {
    if (sites.length > 0) rows.push({ name: 'nns', terms: sites.map((j) => ({ name: x(j), coef: 1 })), sense: '<=', rhs: limit });
    else if (limit < instance.locked.length) impossible = true;
  }
  let { objective } = base.problem;
  let [scale, offset] = [base.scale, base.offset];
  if (shortfall) {
    objective = goal === 'min-cost' ? spend : sites.map((j) => ({ name: x(j), coef: 1 }));
    [scale, offset] = [1, 0];
  }
  const trivial = sites.length === 0;
  if (objective.length === 0 && !trivial) objective = [{ name: x(sites[0]!), coef: 0 }];
  const problem = { sense: base.problem.sense, objective, rows, bounds, binaries };
  const text = trivial ? '' : lpText(problem);
  const objectiveSum = objective.reduce((sum, t) => sum + Math.abs(t.coef), 0);
  return { ...base, text, scale, offset, objectiveSum, trivial, impossible, integerNames, problem };
}

// The most sites whose own costs fit the budget, cheapest first (Infinity without a budget).
function affordable(instance: SitingInstance, sites: number[]): number {
  if (!Number.isFinite(instance.budget)) return Infinity;
  const costs = sites.map((j) => instance.candidateCost[j]!).sort((a, b) => a - b);
  let [spent, count] = [0, 0];
  for (const c of costs) {
    if (spent + c > instance.budget * (1 + 1e-9) + 1e-9) break;
    spent += c;
    count++;
  }
  return count;
}

function requireNetwork(instance: SitingInstance): SitingNetwork {
  if (!instance.network) throw new Error('buildNetworkModel: the instance is not a community network');
  return instance.network;
}

/** The plan a network model's solution encodes: every x > ½ (relays too), locked sites, and with capacity the assignment. */
export function readNetworkSolution(instance: SitingInstance, model: ExactModel, values: Readonly<Record<string, number>>): ExactChoice {
  const chosen = new Set<number>(instance.locked);
  const forbidden = new Set(instance.forbidden);
  for (let j = 0; j < instance.candidateCost.length; j++) if (!forbidden.has(j) && (values[`x${j}`] ?? 0) > 0.5) chosen.add(j);
  const sites = Int32Array.from([...chosen].sort((a, b) => a - b));
  // Coverage sites and the assignment as the base model reads them; relays serve nobody.
  const { assignment } = readExactSolution(instance, model, values);
  return { sites, assignment };
}

/**
 * Values of the integer variables for a known connected plan: its sites and the arcs of its
 * cheapest tree (a warm start). With capacity the assignment is left for HiGHS to complete:
 * given the heuristic's assignment too, HiGHS 1.15.3 stopped at that start as "optimal" on a
 * seeded network (network-properties seed 93: 15 where 17 was reachable with the same sites).
 */
export function networkStart(instance: SitingInstance, model: ExactModel, plan: ExactChoice): Record<string, number> {
  const network = requireNetwork(instance);
  const start: Record<string, number> = {};
  for (const name of model.integerNames) if (name.startsWith('x') || name.startsWith('l')) start[name] = 0;
  for (const j of plan.sites) start[`x${j}`] = 1;
  const { links } = networkTree(network, plan.sites, instance.candidateCost.length);
  plan.sites.forEach((j, at) => {
    const p = links.parent[at]!;
    if (links.hops[at] === 0) return;
    start[p < 0 ? `lb${j}` : `ld${p}_${j}`] = 1;
  });
  return start;
}
