// The course shared by every solve (solve-course.ts), with a stand-in LP and plans whose
// objective and broken limits are given by hand: which plan is kept, and which status and gap.
import { describe, expect, test } from 'vitest';
import type { LpSolver, LpStatus } from '../../../src/core/siting/lp-solver.ts';
import { reportedGap, runSolveCourse, type Contender, type SolveCourse } from '../../../src/core/siting/solve-course.ts';

interface Choice {
  readonly objective: number;
  readonly broken: readonly string[];
}

const noLp = null;
// Never called: the course hands it to relaxationBound and exact, which are stand-ins here.
const lp = {} as LpSolver;

function course(exact: { status: LpStatus; choice: Choice | null; bound: number | null }, relaxed: number | null): SolveCourse<Choice, Contender> {
  return {
    noun: 'plan',
    plannedMip: true,
    exactCanHelp: true,
    judge: (c, solver) => ({ sites: new Int32Array(0), objective: c.objective, violations: c.broken, solver }),
    better: (a, b) => a.objective > b.objective,
    relaxationBound: async () => relaxed,
    exact: async () => exact,
    progress: () => undefined,
    improved: () => undefined,
  };
}

const heuristic = (objective: number, broken: string[] = []): Contender => ({ sites: new Int32Array(0), objective, violations: broken, solver: 'heuristic' });
const run = (c: SolveCourse<Choice, Contender>, first: Contender, solverLp: LpSolver | null = lp) => runSolveCourse(c, first, solverLp, 'auto', () => 10, async () => undefined);

describe('the solve course', () => {
  test('a better plan from the MIP replaces the heuristic one, proven optimal', async () => {
    const out = await run(course({ status: 'optimal', choice: { objective: 12, broken: [] }, bound: 12 }, 13), heuristic(10));
    expect(out.best.solver).toBe('exact');
    expect(out.best.objective).toBe(12);
    expect(out.status).toBe('optimal');
    // The tighter of the LP bound (13) and the MIP's (12).
    expect(out.bound).toBe(12);
  });

  test('a plan that breaks a limit never replaces one that keeps them all, however much it covers', async () => {
    const out = await run(course({ status: 'infeasible', choice: { objective: 50, broken: ['District A below its floor.'] }, bound: null }, 60), heuristic(10));
    expect(out.best.solver).toBe('heuristic');
    expect(out.status).toBe('heuristic');
    expect(out.provenInfeasible).toBe(true);
  });

  test('when neither keeps every limit, the MIP proves it and the plan is infeasible', async () => {
    const out = await run(course({ status: 'infeasible', choice: null, bound: null }, null), heuristic(10, ['District A below its floor.']));
    expect(out.status).toBe('infeasible');
    expect(out.provenInfeasible).toBe(true);
  });

  test('the heuristic plan proven optimal says so; without an LP solver the plan says it is the heuristic one', async () => {
    const proven = await run(course({ status: 'optimal', choice: { objective: 10, broken: [] }, bound: 10 }, 10), heuristic(10));
    expect(proven.best.solver).toBe('heuristic');
    expect(proven.messages.map((m) => m.text)).toEqual(['The exact solver proved the heuristic plan optimal.']);
    const alone = await run(course({ status: 'optimal', choice: null, bound: null }, null), heuristic(10), noLp);
    expect(alone.status).toBe('heuristic');
    expect(alone.bound).toBeNull();
    expect(alone.messages.map((m) => m.text)).toEqual(['The exact solver is not available here; the plan is the heuristic one.']);
  });

  test('a MIP plan that breaks its own constraints is a bug, not a plan', async () => {
    await expect(run(course({ status: 'optimal', choice: { objective: 12, broken: ['Over budget.'] }, bound: 12 }, 13), heuristic(10))).rejects.toThrow(/breaks its own constraints: Over budget/);
  });
});

describe('the gap reported', () => {
  test('(bound − objective) / bound, the bound never below the plan', () => {
    expect(reportedGap('time-limit', 125, 100)).toEqual({ bound: 125, gap: 0.2 });
    expect(reportedGap('heuristic', 90, 100)).toEqual({ bound: 100, gap: 0 });
  });
  test('proven optimal within the stopping gap reads as no gap; an infeasible plan has neither', () => {
    expect(reportedGap('optimal', 100.00001, 100)).toEqual({ bound: 100, gap: 0 });
    expect(reportedGap('optimal', null, 0)).toEqual({ bound: 0, gap: 0 });
    expect(reportedGap('infeasible', 125, 100)).toEqual({ bound: null, gap: null });
  });
});
