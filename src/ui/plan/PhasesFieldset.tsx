// A phased roll-out in the scenario editor: one row per year with its label and budget; a
// year can be added (the next one, with the last budget) or removed.
import type { Scenario } from '../../core/project/types.ts';
import { addPhase, removePhase, setPhase } from '../../state/scenario-draft.ts';
import { NumberField } from './fields.tsx';

interface Props {
  scenario: Scenario;
  onChange(scenario: Scenario): void;
}

export function PhasesFieldset({ scenario, onChange }: Props) {
  const phases = scenario.phases ?? [];
  const thisYear = new Date().getFullYear() + 1;
  return (
    <fieldset>
      <legend>Roll-out by year</legend>
      {phases.length === 0 && <p className="counts">Built all at once. Add years to spread the plan over yearly budgets: people served sooner count more.</p>}
      {phases.map((phase, i) => (
        <div key={i} className="phase-row" role="group" aria-label={`Year ${phase.year ?? i + 1}`}>
          <NumberField label="Year" value={phase.year} min={0} step={1} empty={String(i + 1)} onChange={(year) => onChange(setPhase(scenario, i, { ...phase, year }))} />
          <NumberField label="Budget" value={phase.budget} min={0} empty="no limit" onChange={(budget) => onChange(setPhase(scenario, i, { ...phase, budget }))} />
          <button type="button" onClick={() => onChange(removePhase(scenario, i))}>
            Remove year {phase.year ?? i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange(addPhase(scenario, thisYear))}>
        Add a year
      </button>
    </fieldset>
  );
}
