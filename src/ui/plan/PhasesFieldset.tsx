// A phased roll-out in the scenario editor: one row per year with its label and budget; a
// year can be added (the next one, with the last budget) or removed.
import type { Scenario } from '../../core/project/types.ts';
import { formatYear } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { addPhase, removePhase, setPhase } from '../../state/scenario-draft.ts';
import { NumberField } from './fields.tsx';

interface Props {
  scenario: Scenario;
  onChange(scenario: Scenario): void;
}

export function PhasesFieldset({ scenario, onChange }: Props) {
  const { t, locale } = useWords();
  const phases = scenario.phases ?? [];
  const yearOf = (year: number | undefined, i: number) => (year === undefined ? formatYear(i + 1, locale) : formatYear(year, locale));
  const thisYear = new Date().getFullYear() + 1;
  return (
    <fieldset>
      <legend>{t('phases.legend')}</legend>
      {phases.length === 0 && <p className="counts">{t('phases.none')}</p>}
      {phases.map((phase, i) => (
        <div key={i} className="phase-row" role="group" aria-label={t('phases.year', { year: yearOf(phase.year, i) })}>
          <NumberField label={t('phases.yearField')} value={phase.year} min={0} step={1} empty={String(i + 1)} onChange={(year) => onChange(setPhase(scenario, i, { ...phase, year }))} />
          <NumberField label={t('editor.budget')} value={phase.budget} min={0} empty={t('editor.noLimit')} onChange={(budget) => onChange(setPhase(scenario, i, { ...phase, budget }))} />
          <button type="button" onClick={() => onChange(removePhase(scenario, i))}>
            {t('phases.remove', { year: yearOf(phase.year, i) })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange(addPhase(scenario, thisYear))}>
        {t('phases.add')}
      </button>
    </fieldset>
  );
}
