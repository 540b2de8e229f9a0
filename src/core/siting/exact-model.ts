// The exact siting model as a MIP in CPLEX LP text, and its solution read back into a plan.
// x{j} ∈ {0,1}: candidate j chosen (original index). y{k} ∈ [0,1]: reduced demand point k
// covered, y{k} ≤ Σ x over the candidates reaching it; with capacity, z{k}_{j} ∈ {0,1}
// assigns the whole point to one chosen site within range. Weights are divided by a power
// of two (exact in floating point) and floors are written as shares, so coefficients stay
// near 1 whatever the units. Pure: no solver here (STYLE.md: the solver is injected).
import { reduceForExact, type ReducedInstance } from './exact-reduce.ts';
import { lpText, type LpBound, type LpProblem, type LpRow, type LpTerm } from './lp-format.ts';
import type { SitingInstance } from './types.ts';

/** What the model optimises: the instance's objective, maximin's second (coverage) phase, or a shortfall minimum. */
export type ExactGoal = 'coverage' | 'maximin' | 'min-cost' | 'min-sites';

export interface ExactModelOptions {
  /** Default: the instance's objective. */
  readonly goal?: ExactGoal;
  /** LP relaxation: x and z continuous in [0, 1] (for a bound). */
  readonly relax?: boolean;
  /** Require objective ≥ cutoff (objective units: weight, or share for maximin). */
  readonly cutoff?: number;
  /** Every district's covered share ≥ this (maximin's second phase: t* − tolerance). */
  readonly minShare?: number;
  /** Coverage goal only: maximise the covered weight of this group instead of the demand weight. */
  readonly objectiveGroup?: number;
}

export interface ExactModel {
  readonly text: string;
  readonly goal: ExactGoal;
  /** Objective in instance units = solver objective × scale + offset. */
  readonly scale: number;
  readonly offset: number;
  /** Σ |objective coefficient| (solver units): how much row slack can move the objective. */
  readonly objectiveSum: number;
  /** True when no variable is left to decide: the plan is the locked sites. */
  readonly trivial: boolean;
  /** True when a floor fails whatever is chosen (constants alone decide it and fall short). */
  readonly impossible: boolean;
  /** Names of the integer variables (x, and z with capacity), for warm starts. */
  readonly integerNames: readonly string[];
  readonly reduced: ReducedInstance;
  /** The problem `text` writes (its objective empty when trivial), for models that add rows (network-model.ts). */
  readonly problem: LpProblem;
}

/** The plan a solution encodes: chosen candidates ascending, and with capacity the assignment. */
export interface ExactChoice {
  readonly sites: Int32Array;
  readonly assignment: Int32Array | null;
}

/** The largest power of two ≤ v (1 for v ≤ 0): dividing by it is exact. */
function powerOfTwo(v: number): number {
  return v > 0 ? 2 ** Math.floor(Math.log2(v)) : 1;
}

/** A district/group floor as a share row: Σ (w_k / W) y_k ≥ floor − constant / W. */
function floorRow(name: string, terms: LpTerm[], required: number, total: number, constant: number): LpRow | 'kept' | 'impossible' {
  const rhs = required - constant / total;
  if (rhs <= 0) return 'kept';
  if (terms.length === 0) return 'impossible';
  return { name, terms, sense: '>=', rhs };
}

/** The MIP (or its LP relaxation) for an instance, as LP text HiGHS reads. */
export function buildExactModel(instance: SitingInstance, options: ExactModelOptions = {}): ExactModel {
  const r = reduceForExact(instance);
  const goal = options.goal ?? instance.objective;
  const nD = instance.nDistricts;
  const nP = r.pointWeight.length;
  const capacity = instance.capacity;
  const objectiveWeight = options.objectiveGroup === undefined ? r.pointWeight : r.pointGroupWeight[options.objectiveGroup]!;
  const scale = goal === 'coverage' ? powerOfTwo(Math.max(0, ...objectiveWeight)) : 1;
  const rows: LpRow[] = [];
  const bounds: LpBound[] = [];
  const binaries: string[] = [];
  const integerNames: string[] = [];
  let impossible = false;

  const x = (j: number) => `x${j}`;
  const y = (k: number) => `y${k}`;
  for (const j of r.candidates) integerNames.push(x(j));
  const lockedVar = new Set(instance.locked);
  for (let k = 0; k < nP; k++) {
    const reach = r.pointCand.subarray(r.pointStart[k]!, r.pointStart[k + 1]!);
    bounds.push({ name: y(k), lower: 0, upper: 1 });
    if (capacity === null) {
      rows.push({ name: `c${k}`, terms: [{ name: y(k), coef: 1 }, ...[...reach].map((j) => ({ name: x(j), coef: -1 }))], sense: '<=', rhs: 0 });
      continue;
    }
    rows.push({ name: `a${k}`, terms: [{ name: y(k), coef: 1 }, ...[...reach].map((j) => ({ name: `z${k}_${j}`, coef: -1 }))], sense: '=', rhs: 0 });
    for (const j of reach) {
      integerNames.push(`z${k}_${j}`);
      rows.push({ name: `l${k}_${j}`, terms: [{ name: `z${k}_${j}`, coef: 1 }, { name: x(j), coef: -1 }], sense: '<=', rhs: 0 });
    }
  }
  if (capacity !== null) {
    const load = new Map<number, LpTerm[]>();
    for (let k = 0; k < nP; k++) {
      for (let p = r.pointStart[k]!; p < r.pointStart[k + 1]!; p++) {
        const j = r.pointCand[p]!;
        const list = load.get(j) ?? [];
        list.push({ name: `z${k}_${j}`, coef: r.pointWeight[k]! });
        load.set(j, list);
      }
    }
    for (const [j, terms] of load) {
      // Row scaled by the capacity so the coefficients are shares of it.
      const cap = Math.max(capacity[j]!, 0);
      const scaled = terms.map((t) => ({ name: t.name, coef: cap > 0 ? t.coef / powerOfTwo(cap) : t.coef }));
      rows.push({ name: `k${j}`, terms: [...scaled, { name: x(j), coef: cap > 0 ? -cap / powerOfTwo(cap) : 0 }], sense: '<=', rhs: 0 });
    }
  }

  const shortfallGoal = goal === 'min-cost' || goal === 'min-sites';
  const nLocked = r.lockedFixed.length;
  if (!shortfallGoal && Number.isFinite(instance.budget)) {
    const costScale = powerOfTwo(Math.max(0, ...r.candidates.map((j) => instance.candidateCost[j]!)));
    const terms = [...r.candidates].filter((j) => instance.candidateCost[j]! > 0).map((j) => ({ name: x(j), coef: instance.candidateCost[j]! / costScale }));
    const rhs = (instance.budget - r.lockedCost) / costScale;
    if (terms.length > 0) rows.push({ name: 'bu', terms, sense: '<=', rhs });
    else if (instance.budget - r.lockedCost < -1e-9 * Math.max(1, instance.budget)) impossible = true;
  }
  if (!shortfallGoal && Number.isFinite(instance.maxSites)) {
    if (r.candidates.length > 0) rows.push({ name: 'ns', terms: [...r.candidates].map((j) => ({ name: x(j), coef: 1 })), sense: '<=', rhs: instance.maxSites - nLocked });
    else if (instance.maxSites < nLocked) impossible = true;
  }
  for (const j of r.candidates) {
    if (options.relax) bounds.push({ name: x(j), lower: lockedVar.has(j) ? 1 : 0, upper: 1 });
    else if (lockedVar.has(j)) bounds.push({ name: x(j), lower: 1, upper: 1 });
  }
  for (const name of integerNames) {
    if (name.startsWith('z') && options.relax) bounds.push({ name, lower: 0, upper: 1 });
    if (!options.relax) binaries.push(name);
  }

  // Floors: per district, per group overall and per group × district.
  const byDistrict: LpTerm[][] = Array.from({ length: nD }, () => []);
  for (let k = 0; k < nP; k++) {
    const d = r.pointDistrict[k]!;
    if (d >= 0 && r.pointWeight[k]! > 0) byDistrict[d]!.push({ name: y(k), coef: r.pointWeight[k]! / r.districtWeight[d]! });
  }
  const addFloor = (row: ReturnType<typeof floorRow>) => {
    if (row === 'impossible') impossible = true;
    else if (row !== 'kept') rows.push(row);
  };
  const districtFloor = Math.max(instance.floors.district ?? 0, options.minShare ?? 0);
  if (districtFloor > 0) {
    for (let d = 0; d < nD; d++) if (r.districtWeight[d]! > 0) addFloor(floorRow(`d${d}`, byDistrict[d]!, districtFloor, r.districtWeight[d]!, r.districtConst[d]!));
  }
  // A floor for a group the instance lacks is never kept (checkPlan reports it): no plan can.
  if (Object.keys(instance.floors.groups ?? {}).some((name) => !instance.groups.includes(name))) impossible = true;
  instance.groups.forEach((name, g) => {
    const floor = instance.floors.groups?.[name] ?? 0;
    if (floor <= 0 || r.groupWeight[g]! <= 0) return;
    const gw = r.pointGroupWeight[g]!;
    const terms = (filter: (k: number) => boolean, total: number) => {
      const out: LpTerm[] = [];
      for (let k = 0; k < nP; k++) if (gw[k]! > 0 && filter(k)) out.push({ name: y(k), coef: gw[k]! / total });
      return out;
    };
    addFloor(floorRow(`g${g}`, terms(() => true, r.groupWeight[g]!), floor, r.groupWeight[g]!, r.groupConst[g]!));
    if (!instance.floors.groupsPerDistrict) return;
    for (let d = 0; d < nD; d++) {
      const total = r.groupDistrictWeight[g * nD + d]!;
      if (total > 0) addFloor(floorRow(`g${g}_${d}`, terms((k) => r.pointDistrict[k] === d, total), floor, total, r.groupDistrictConst[g * nD + d]!));
    }
  });

  let objective: LpTerm[];
  let offset = 0;
  if (goal === 'maximin') {
    objective = [{ name: 't', coef: 1 }];
    let tUpper = 1;
    for (let d = 0; d < nD; d++) {
      const total = r.districtWeight[d]!;
      if (total <= 0) continue;
      if (byDistrict[d]!.length === 0) tUpper = Math.min(tUpper, r.districtConst[d]! / total);
      else rows.push({ name: `m${d}`, terms: [...byDistrict[d]!, { name: 't', coef: -1 }], sense: '>=', rhs: -r.districtConst[d]! / total });
    }
    bounds.push({ name: 't', lower: 0, upper: tUpper });
  } else if (goal === 'coverage') {
    objective = [...objectiveWeight].map((w, k) => ({ name: y(k), coef: w / scale })).filter((t) => t.coef > 0);
    offset = options.objectiveGroup === undefined ? r.constWeight : r.groupConst[options.objectiveGroup]!;
  } else {
    objective = [...r.candidates].map((j) => ({ name: x(j), coef: goal === 'min-cost' ? instance.candidateCost[j]! : 1 }));
    offset = goal === 'min-cost' ? r.lockedCost : nLocked;
  }
  if (options.cutoff !== undefined && objective.length > 0) rows.push({ name: 'co', terms: objective, sense: '>=', rhs: (options.cutoff - offset) / scale });
  const trivial = r.candidates.length === 0;
  // An objective needs a term: with nothing left to cover, any decision variable with coefficient 0 does.
  if (objective.length === 0) objective = trivial ? [] : [{ name: x(r.candidates[0]!), coef: 0 }];
  const problem: LpProblem = { sense: goal === 'min-cost' || goal === 'min-sites' ? 'minimize' : 'maximize', objective, rows, bounds, binaries };
  const text = trivial ? '' : lpText(problem);
  const objectiveSum = objective.reduce((sum, t) => sum + Math.abs(t.coef), 0);
  return { text, goal, scale, offset, objectiveSum, trivial, impossible, integerNames, reduced: r, problem };
}

/** The plan encoded by solver values (by variable name): x > ½ chosen; with capacity, z > ½ assigns. */
export function readExactSolution(instance: SitingInstance, model: ExactModel, values: Readonly<Record<string, number>>): ExactChoice {
  const r = model.reduced;
  const chosen = new Set<number>(r.lockedFixed);
  for (const j of r.candidates) if ((values[`x${j}`] ?? 0) > 0.5) chosen.add(j);
  const sites = Int32Array.from([...chosen].sort((a, b) => a - b));
  if (instance.capacity === null) return { sites, assignment: null };
  const assignment = new Int32Array(instance.demandWeight.length).fill(-1);
  for (let k = 0; k < r.pointWeight.length; k++) {
    for (let p = r.pointStart[k]!; p < r.pointStart[k + 1]!; p++) {
      const j = r.pointCand[p]!;
      if ((values[`z${k}_${j}`] ?? 0) > 0.5 && chosen.has(j)) assignment[r.pointDemand[k]!] = j;
    }
  }
  return { sites, assignment };
}

/** Values of the integer variables for a known plan (a warm start; the solver completes y and t). */
export function exactStart(model: ExactModel, plan: ExactChoice): Record<string, number> {
  const chosen = new Set(plan.sites);
  const start: Record<string, number> = {};
  const r = model.reduced;
  for (const j of r.candidates) start[`x${j}`] = chosen.has(j) ? 1 : 0;
  if (plan.assignment === null) return start;
  for (let k = 0; k < r.pointWeight.length; k++) {
    for (let p = r.pointStart[k]!; p < r.pointStart[k + 1]!; p++) {
      const j = r.pointCand[p]!;
      start[`z${k}_${j}`] = plan.assignment[r.pointDemand[k]!] === j ? 1 : 0;
    }
  }
  return start;
}
