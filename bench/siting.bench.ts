// Siting at scale: seeded clustered instances (1k–50k demand points × 100–5k candidate sites,
// 500 m radius), each solved by every registered solver; prints time and objective per solver.
// A solver is one entry in SOLVERS, so the exact MIP adds a column by adding an entry.
// Run: npm run bench -- siting   (SITING_SIZES=small for the 1k/10k rows only)

import { highsSolver } from '../src/compute/highs.ts';
import { evaluatePlan } from '../src/core/siting/evaluate.ts';
import { heuristicPlan } from '../src/core/siting/heuristic.ts';
import { solvePlan } from '../src/core/siting/solve.ts';
import type { SitingInstance, SitingFloors, SitingObjective } from '../src/core/siting/types.ts';
import { clusteredInstance } from './siting-instances.ts';

/** A solver under test: the chosen sites and, with capacity, the assignment. */
export interface BenchSolver {
  readonly name: string;
  run(instance: SitingInstance): Promise<{ sites: Int32Array; assignment: Int32Array | null; note?: string }>;
}

export const SOLVERS: BenchSolver[] = [
  { name: 'heuristic', run: (instance) => heuristicPlan(instance, {}, { seed: 1, timeLimitS: 20 }) },
  {
    // The whole exact path (heuristic start, LP bound, HiGHS MIP) within 30 s; the note says
    // whether it proved the optimum and, if not, the proven gap.
    name: 'exact',
    run: async (instance) => {
      const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: 30, seed: 1 }, await highsSolver());
      const gap = plan.gap === null ? 'no bound' : `gap ${(plan.gap * 100).toFixed(3)} %`;
      return { sites: plan.sites, assignment: plan.assignment, note: `${plan.status}, ${gap}` };
    },
  },
];

const SEED = 20_260_101;
const ALL_SIZES: [number, number][] = [
  [1_000, 100], [10_000, 100], [10_000, 1_000], [50_000, 1_000], [50_000, 5_000],
];
const SIZES = process.env.SITING_SIZES === 'small' ? ALL_SIZES.filter(([d]) => d <= 10_000) : ALL_SIZES;
const SCENARIOS: { name: string; objective: SitingObjective; floors: SitingFloors }[] = [
  { name: 'coverage', objective: 'coverage', floors: {} },
  { name: 'coverage, district floor 20 %', objective: 'coverage', floors: { district: 0.2 } },
  { name: 'maximin', objective: 'maximin', floors: {} },
];

console.log(`seed ${SEED}; budget 10 % of all candidates' cost; radius 500 m; 25 districts; times are wall clock`);
console.log(['demand × sites', 'scenario', 'coverage ms', 'pairs', ...SOLVERS.flatMap((s) => [`${s.name} s`, `${s.name} objective`])].join(' | '));
for (const [nDemand, nCandidates] of SIZES) {
  for (const scenario of SCENARIOS) {
    const { instance, coverageMs } = clusteredInstance({ nDemand, nCandidates, seed: SEED, objective: scenario.objective, floors: scenario.floors });
    let total = 0;
    for (const w of instance.demandWeight) total += w;
    const cells: string[] = [];
    for (const solver of SOLVERS) {
      const started = performance.now();
      const plan = await solver.run(instance);
      const seconds = (performance.now() - started) / 1000;
      const figures = evaluatePlan(instance, plan.sites, plan.assignment);
      const objective = scenario.objective === 'maximin'
        ? `${(figures.minDistrictShare * 100).toFixed(2)} % worst district (${((figures.coveredWeight / total) * 100).toFixed(2)} % covered)`
        : `${((figures.coveredWeight / total) * 100).toFixed(3)} % covered`;
      cells.push(seconds.toFixed(2), `${objective}, ${plan.sites.length} sites${plan.note ? `, ${plan.note}` : ''}`);
    }
    const size = `${nDemand.toLocaleString('en')} × ${nCandidates.toLocaleString('en')}`;
    console.log([size, scenario.name, coverageMs.toFixed(1), instance.coverDemand.length.toLocaleString('en'), ...cells].join(' | '));
  }
}
