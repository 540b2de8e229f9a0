// Community networks (issue #15): the network heuristic against the exact flow MIP on seeded
// connected-coverage instances of three sizes (syntheticNetworkSiting: uniform demand and sites
// over 33 × 33 km, links ≤ linkM to each other and to a few backhaul points, a price per km).
// Prints time, objective ratio exact / heuristic and the proven gap, per row.
// Run: npx tsx bench/run.ts network
import { highsSolver } from '../src/compute/highs.ts';
import { checkPlan, evaluatePlan } from '../src/core/siting/evaluate.ts';
import { networkHeuristicPlan } from '../src/core/siting/network-heuristic.ts';
import { networkModelSize } from '../src/core/siting/network-solve.ts';
import { solvePlan } from '../src/core/siting/solve.ts';
import { syntheticNetworkSiting } from './siting-synthetic.ts';

const SEED = 20_261_129;
const TIME_LIMIT_S = Number(process.env.NETWORK_TIME_LIMIT_S ?? 60);

const lp = await highsSolver();
const rows: string[] = [
  '| points × sites | link m | backhaul | links | model size | heuristic | exact | exact / heuristic | exact status | gap | relays h / x | heuristic s | exact s |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
// [points, sites, linkM, backhaul points]: link range about twice the sites' mean spacing.
const cases: [number, number, number, number][] = [
  [500, 40, 9000, 2],
  [1000, 100, 6000, 3],
  [3000, 300, 3500, 4],
];
for (const [n, m, linkM, nBackhaul] of cases) {
  const instance = syntheticNetworkSiting(n, m, SEED, { linkM, nBackhaul, perKm: 0.2, budgetShare: 0.15 });
  let t = performance.now();
  const h = await networkHeuristicPlan(instance, {}, { seed: 1, timeLimitS: TIME_LIMIT_S });
  const heuristicS = (performance.now() - t) / 1000;
  const hFigures = evaluatePlan(instance, h.sites, h.assignment);
  t = performance.now();
  const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: TIME_LIMIT_S, seed: 1 }, lp);
  const exactS = (performance.now() - t) / 1000;
  const xFigures = evaluatePlan(instance, plan.sites, plan.assignment);
  const broken = [...checkPlan(instance, h.sites, h.assignment).violations, ...checkPlan(instance, plan.sites, plan.assignment, plan.links).violations];
  if (broken.length > 0) throw new Error(`a plan breaks its rules: ${broken.join(' ')}`);
  // Relays: chosen sites serving nobody new.
  const relays = (w: Float64Array) => w.filter((x) => x === 0).length;
  const gap = plan.gap === null ? '–' : `${(plan.gap * 100).toFixed(2)} %`;
  const cells = [
    `${n} × ${m}`, linkM, nBackhaul, instance.network!.linkTo.length / 2 + instance.network!.backhaulTo.length, networkModelSize(instance),
    hFigures.objective, xFigures.objective, (xFigures.objective / hFigures.objective).toFixed(4), plan.status, gap,
    `${relays(hFigures.siteWeight)} / ${relays(xFigures.siteWeight)}`, heuristicS.toFixed(2), exactS.toFixed(1),
  ];
  rows.push(`| ${cells.join(' | ')} |`);
  console.log(rows.at(-1));
}
console.log(`\nseed ${SEED}, time limit ${TIME_LIMIT_S} s (exact = solvePlan 'exact': network heuristic, LP bound, MIP from the heuristic's plan)\n`);
console.log(rows.join('\n'));
