import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Project } from '../../../src/core/project/types.ts';
import { scenarioProblems, withScenario } from '../../../src/state/scenario-check.ts';
import { setOption } from '../../../src/state/scenario-draft.ts';
import { deepFreeze } from '../geo/fixtures.ts';

const nairobi = deepFreeze(JSON.parse(readFileSync(new URL('../../../examples/nairobi-wifi.lastmile.json', import.meta.url), 'utf8')) as Project);
const first = nairobi.scenarios![0]!;

describe('scenario problems come from the project validator', () => {
  test('the shipped scenario has none', () => {
    expect(scenarioProblems(nairobi, first)).toEqual([]);
  });

  test('a scenario without any limit, and a floor above 1, are named by key', () => {
    const bad = setOption(setOption(first, 'budget', undefined), 'max_sites', undefined);
    expect(scenarioProblems(nairobi, bad)).toEqual([expect.stringContaining('needs "budget", "max_sites" or both')]);
    const floor = { ...first, floors: { district: 1.5 } };
    expect(scenarioProblems(nairobi, floor)).toEqual([expect.stringMatching(/^floors\.district: /)]);
  });

  test('a problem of another scenario is not this one’s', () => {
    const other = { ...nairobi, scenarios: [...nairobi.scenarios!, { ...first, id: 'broken', radius_m: -1 }] };
    expect(scenarioProblems(other, first)).toEqual([]);
  });

  test('a new scenario is appended; an edited one replaces its namesake', () => {
    expect(withScenario(nairobi, { ...first, id: 'new_one' }).scenarios!.map((s) => s.id)).toEqual([...nairobi.scenarios!.map((s) => s.id), 'new_one']);
    expect(withScenario(nairobi, { ...first, label: 'x' }).scenarios![0]!.label).toBe('x');
  });
});
