// What the planning views derive from the app state: the open scenario's plan as the views
// need it (positions, site roles, district rows) and the comparison of two plans. Memoised so
// that the map's layers are rebuilt only when a plan changes.
import { useMemo } from 'react';
import type { PlanningState } from '../../state/planning.ts';
import { planOutcome } from '../../state/plan-outcome.ts';
import { districtRows, siteRoles, siteRows, type PlanOutcome } from '../../state/plan-view.ts';
import { compareOutcomes } from '../../state/scenario-compare.ts';
import { withRollout } from '../../state/plan-rollout.ts';

/** The open scenario's plan and the comparison, as the views show them. */
export function usePlanView(planning: PlanningState, minWeight: number) {
  const run = planning.draft ? (planning.plans[planning.draft.id] ?? null) : null;
  const outcome = useMemo(() => (run ? planOutcome(run, run.positions) : null), [run]);
  // Locked and ruled-out sites as the planner has just set them (the draft), before a re-solve.
  const draft = planning.draft;
  const roles = useMemo(() => (outcome ? siteRoles({ ...outcome, scenario: draft?.id === outcome.scenario.id ? draft : outcome.scenario }) : []), [outcome, draft]);
  const rows = useMemo(() => (outcome ? districtRows(outcome, minWeight) : []), [outcome, minWeight]);
  const sites = useMemo(() => (outcome && run ? withRollout(siteRows(outcome), run) : []), [outcome, run]);
  const runA = planning.compare.a ? planning.plans[planning.compare.a] : undefined;
  const runB = planning.compare.b ? planning.plans[planning.compare.b] : undefined;
  const comparison = useMemo(() => {
    if (!runA || !runB) return null;
    const a: PlanOutcome = planOutcome(runA, runA.positions);
    const b: PlanOutcome = planOutcome(runB, runB.positions);
    return { a, b, comparison: compareOutcomes(a, b, minWeight) };
  }, [runA, runB, minWeight]);
  return { run, outcome, roles, rows, sites, comparison };
}

export type PlanDerived = ReturnType<typeof usePlanView>;
