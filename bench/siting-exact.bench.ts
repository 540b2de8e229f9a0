// The exact siting solver (HiGHS) on seeded synthetic instances: how fast it proves the optimum
// of a 3,000-point × 800-candidate coverage model with district floors, and how the heuristic's
// objective compares with the exact one at 1k/10k points × 100/1k candidates.
// Run: npm run bench -- siting-exact
import { highsSolver } from '../src/compute/highs.ts';
import { evaluatePlan } from '../src/core/siting/evaluate.ts';
import { relaxationBound, solveExact } from '../src/core/siting/exact-solve.ts';
import { heuristicPlan } from '../src/core/siting/heuristic.ts';
import { solvePlan } from '../src/core/siting/solve.ts';
import type { SitingFloors } from '../src/core/siting/types.ts';
import { syntheticSiting } from './siting-synthetic.ts';

const SEED = 20_261_129;
const TIME_LIMIT_S = 60;

const lp = await highsSolver();
const rows: string[] = [
  '| points × candidates | reach | floors | heuristic | exact | ratio | exact status | gap | LP bound gap | heuristic s | exact s | cold MIP s |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
];
const cases: [number, number, SitingFloors, number][] = [
  [3000, 800, { district: 0.3 }, 20],
  [1000, 100, {}, 20],
  [1000, 1000, {}, 20],
  [10_000, 100, {}, 20],
  [10_000, 1000, {}, 20],
  [3000, 800, { district: 0.3 }, 80],
  [10_000, 1000, { district: 0.2 }, 80],
];
for (const [n, m, floors, reach] of cases) {
  const instance = syntheticSiting(n, m, SEED, floors, reach);
  let t = performance.now();
  const h = await heuristicPlan(instance, {}, { seed: 1, timeLimitS: TIME_LIMIT_S });
  const heuristicS = (performance.now() - t) / 1000;
  const heuristic = evaluatePlan(instance, h.sites, h.assignment).objective;
  t = performance.now();
  const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: TIME_LIMIT_S, seed: 1 }, lp);
  const exactS = (performance.now() - t) / 1000;
  const exact = evaluatePlan(instance, plan.sites, plan.assignment).objective;
  const gap = plan.gap === null ? '–' : `${(plan.gap * 100).toFixed(3)} %`;
  const lpBound = await relaxationBound(instance, lp, TIME_LIMIT_S);
  const lpGap = lpBound === null ? '–' : `${(((lpBound - exact) / lpBound) * 100).toFixed(2)} %`;
  // The MIP alone, with no heuristic start: what warm-starting saves.
  t = performance.now();
  const cold = await solveExact(instance, lp, { timeLimitS: TIME_LIMIT_S });
  const coldS = `${((performance.now() - t) / 1000).toFixed(1)}${cold.status === 'optimal' ? '' : ` (${cold.status})`}`;
  const cells = [`${n} × ${m}`, reach, floors.district ?? '–', heuristic, exact, (heuristic / exact).toFixed(4), plan.status, gap, lpGap, heuristicS.toFixed(1), exactS.toFixed(1), coldS];
  rows.push(`| ${cells.join(' | ')} |`);
  console.log(rows.at(-1));
}
console.log(`\nseed ${SEED}, time limit ${TIME_LIMIT_S} s (exact = solvePlan 'exact': heuristic, LP bound, MIP)\n`);
console.log(rows.join('\n'));
