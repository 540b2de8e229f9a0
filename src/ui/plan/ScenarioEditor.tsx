// The scenario as a form, not a JSON text box: demand, candidates, existing sites, the kind
// of site, limits, equity floors, objective and solver. Every field writes the very key that
// `lastmile plan` reads. Controlled: it renders `scenario` and emits each edit; `validate`
// (passed in) says what is wrong, and the run controls sit at the bottom (`children`).
import { useId, type ReactNode } from 'react';
import type { Scenario } from '../../core/project/types.ts';
import { useWords } from '../../i18n/use-words.ts';
import { nounText } from '../../state/words.ts';
import { setDemand, setExisting, setOption, setRadius } from '../../state/scenario-draft.ts';
import { CandidateLayersFieldset, type PointLayerInfo } from './CandidateLayersFieldset.tsx';
import { NumberField, SelectField } from './fields.tsx';
import { FloorsFieldset } from './FloorsFieldset.tsx';
import { NetworkFieldset } from './NetworkFieldset.tsx';
import { PhasesFieldset } from './PhasesFieldset.tsx';

interface Props {
  scenario: Scenario;
  /** The project's point layers and their columns. */
  layers: readonly PointLayerInfo[];
  /** districts.csv rate columns in percent, e.g. "internet_use.total", for counting only people offline. */
  offlineColumns: readonly string[];
  /** Problems with a scenario, one sentence each (empty: it can run). */
  validate(scenario: Scenario): readonly string[];
  districtNoun?: string;
  onChange(scenario: Scenario): void;
  /** Run controls, shown under the problems. */
  children?: ReactNode;
}

export function ScenarioEditor({ scenario, layers, offlineColumns, validate, districtNoun = 'district', onChange, children }: Props) {
  const problems = validate(scenario);
  const words = useWords();
  const { t } = words;
  const labelId = useId();
  const demandColumns = layers.find((l) => l.name === scenario.demand.points)?.columns ?? [];
  const set = <K extends Parameters<typeof setOption>[1]>(key: K, value: Scenario[K] | undefined) => onChange(setOption(scenario, key, value));

  return (
    <form className="scenario-editor" aria-label={t('editor.form', { name: scenario.label ?? scenario.id })} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={labelId}>{t('editor.name')}</label>
        <input id={labelId} type="text" value={scenario.label ?? ''} placeholder={scenario.id} onChange={(e) => set('label', e.target.value || undefined)} />
      </div>
      <fieldset>
        <legend>{t('editor.demand')}</legend>
        <SelectField label={t('editor.pointLayer')} value={scenario.demand.points} options={layers.map((l) => l.name)} onChange={(points) => onChange(setDemand(scenario, { points }))} />
        <SelectField label={t('editor.weight')} value={scenario.demand.weight ?? ''} options={demandColumns} none={t('editor.weightNone')} onChange={(weight) => onChange(setDemand(scenario, { ...scenario.demand, weight }))} />
        <SelectField
          label={t('editor.offline')}
          value={scenario.demand.only_offline ?? ''}
          options={offlineColumns}
          none={t('editor.offlineNone')}
          onChange={(only_offline) => onChange(setDemand(scenario, { ...scenario.demand, only_offline }))}
        />
      </fieldset>
      <CandidateLayersFieldset scenario={scenario} layers={layers} onChange={onChange} />
      <fieldset>
        <legend>{t('editor.existing')}</legend>
        <SelectField label={t('editor.pointLayer')} value={scenario.existing?.points ?? ''} options={layers.map((l) => l.name)} none={t('editor.existingNone')} onChange={(points) => onChange(setExisting(scenario, { points }))} />
      </fieldset>
      <fieldset>
        <legend>{t('editor.kind')}</legend>
        <div className="field">
          <label htmlFor={`${labelId}-type`}>{t('editor.siteType')}</label>
          <input id={`${labelId}-type`} type="text" value={scenario.site_type ?? ''} placeholder={t('editor.siteTypeExample')} onChange={(e) => set('site_type', e.target.value || undefined)} />
        </div>
        <NumberField label={t('editor.radius')} value={scenario.radius_m} unit={t('unit.metres')} min={1} step={50} onChange={(v) => onChange(setRadius(scenario, v ?? 0))} />
        <NumberField label={t('editor.capacity')} value={scenario.capacity} unit={t('unit.people')} min={0} empty={t('editor.noLimit')} onChange={(v) => set('capacity', v)} />
      </fieldset>
      <fieldset>
        <legend>{t('editor.limits')}</legend>
        <NumberField label={t('editor.budget')} value={scenario.budget} min={0} empty={t('editor.noBudget')} onChange={(v) => set('budget', v)} />
        <NumberField label={t('editor.maxSites')} value={scenario.max_sites} min={0} step={1} empty={t('editor.noLimit')} onChange={(v) => set('max_sites', v)} />
      </fieldset>
      <FloorsFieldset scenario={scenario} demandColumns={demandColumns} districtNoun={districtNoun} onChange={onChange} />
      <NetworkFieldset scenario={scenario} layers={layers.map((l) => l.name)} onChange={onChange} />
      <PhasesFieldset scenario={scenario} onChange={onChange} />
      <fieldset>
        <legend>{t('editor.objectiveSolver')}</legend>
        <div className="choice-row" role="radiogroup" aria-label={t('editor.objective')}>
          <label>
            <input type="radio" name={`${labelId}-objective`} checked={(scenario.objective ?? 'coverage') === 'coverage'} onChange={() => set('objective', 'coverage')} /> {t('editor.objective.coverage')}
          </label>
          <label>
            <input type="radio" name={`${labelId}-objective`} checked={scenario.objective === 'maximin'} onChange={() => set('objective', 'maximin')} /> {t('editor.objective.maximin', { noun: nounText(districtNoun, words) })}
          </label>
        </div>
        <SelectField label={t('editor.solver')} value={scenario.solver ?? 'auto'} options={['auto', 'exact', 'heuristic']} optionLabel={(o) => t(`editor.solver.${o}`)} onChange={(v) => set('solver', v as Scenario['solver'])} />
        <NumberField label={t('editor.timeLimit')} value={scenario.time_limit_s} unit={t('unit.seconds')} min={1} step={5} empty="30" onChange={(v) => set('time_limit_s', v)} />
      </fieldset>
      {problems.length > 0 && (
        <ul className="scenario-problems" aria-label={t('editor.problems')}>
          {problems.map((p) => (
            <li key={p} className="warn-text">
              {p}
            </li>
          ))}
        </ul>
      )}
      {children}
    </form>
  );
}
