// The phased roll-out solvers on seeded synthetic instances (siting-synthetic.ts) over three
// years: the heuristic's weight-years against the exact MIP's (solvePlan 'exact': heuristic,
// LP bound, MIP from the heuristic's roll-out), the times of both, and the gap.
// Run: npx tsx bench/run.ts phases
import { highsSolver } from '../src/compute/highs.ts';
import { reduceForExact } from '../src/core/siting/exact-reduce.ts';
import { evaluatePhases } from '../src/core/siting/phases-evaluate.ts';
import { phasedRelaxationBound } from '../src/core/siting/phases-exact.ts';
import { phasedHeuristicPlan } from '../src/core/siting/phases-heuristic.ts';
import { solvePlan } from '../src/core/siting/solve.ts';
import type { SitingFloors, SitingInstance } from '../src/core/siting/types.ts';
import { syntheticSiting } from './siting-synthetic.ts';

const SEED = 20_261_129;
const TIME_LIMIT_S = 60;
// Shares of the overall budget (10 % of all candidates' cost in siting-synthetic) spent per year:
// a big first year, then smaller ones.
const YEAR_SHARES = [0.5, 0.3, 0.2];

function phasedInstance(n: number, m: number, floors: SitingFloors | null): SitingInstance {
  const base = syntheticSiting(n, m, SEED, {}, 20);
  const budgets = Float64Array.from(YEAR_SHARES, (s) => Math.round(s * base.budget));
  const yearFloors = floors === null ? undefined : YEAR_SHARES.map((_, t) => ({ district: ((floors.district ?? 0) * (t + 1)) / YEAR_SHARES.length }));
  return { ...base, floors: floors ?? {}, phases: { budgets, ...(yearFloors ? { floors: yearFloors } : {}) } };
}

const lp = await highsSolver();
const rows: string[] = [
  '| points × candidates | pairs × years | yearly budgets | floors | heuristic | exact | heuristic / exact | exact status | gap | LP bound gap | heuristic s | exact s |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
];
const cases: [number, number, SitingFloors | null][] = [
  [1000, 100, null],
  [3000, 300, null],
  [3000, 300, { district: 0.15 }],
  // Out of reach in the first year: how fast the MIP proves it (the heuristic cannot).
  [3000, 300, { district: 0.3 }],
  [10_000, 1000, null],
  [10_000, 1000, { district: 0.2 }],
];
for (const [n, m, floors] of cases) {
  const instance = phasedInstance(n, m, floors);
  // What AUTO_PHASED_PAIRS_PER_SECOND reads: the reduced model's coverage pairs, once per year.
  const pairs = reduceForExact({ ...instance, locked: new Int32Array(0) }).pointCand.length * instance.phases!.budgets.length;
  let t = performance.now();
  const h = await phasedHeuristicPlan(instance, {}, { seed: 1, timeLimitS: TIME_LIMIT_S });
  const heuristicS = (performance.now() - t) / 1000;
  const heuristic = evaluatePhases(instance, h.sites, h.year).weightYears;
  t = performance.now();
  const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: TIME_LIMIT_S, seed: 1 }, lp);
  const exactS = (performance.now() - t) / 1000;
  const exact = evaluatePhases(instance, plan.sites, plan.year!).weightYears;
  const gap = plan.gap === null ? '–' : `${(plan.gap * 100).toFixed(3)} %`;
  const lpBound = await phasedRelaxationBound(instance, lp, TIME_LIMIT_S);
  const lpGap = lpBound === null || plan.status === 'infeasible' ? '–' : `${(((lpBound - exact) / lpBound) * 100).toFixed(2)} %`;
  const floorCell = floors === null ? '–' : `district ${YEAR_SHARES.map((_, y) => (((floors.district ?? 0) * (y + 1)) / YEAR_SHARES.length).toFixed(2)).join(' / ')}`;
  const cells = [
    `${n} × ${m}`, pairs.toLocaleString('en'), Array.from(instance.phases!.budgets).join(' / '), floorCell, heuristic, exact, plan.status === 'infeasible' ? '–' : (heuristic / exact).toFixed(4),
    plan.status, gap, lpGap, heuristicS.toFixed(2), exactS.toFixed(1),
  ];
  rows.push(`| ${cells.join(' | ')} |`);
  console.log(rows.at(-1));
}
console.log(`\nseed ${SEED}, 3 years, time limit ${TIME_LIMIT_S} s (exact = solvePlan 'exact': heuristic, LP bound, MIP)\n`);
console.log(rows.join('\n'));
