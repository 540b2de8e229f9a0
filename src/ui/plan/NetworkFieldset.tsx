// A community network in the scenario editor: whether sites must link to backhaul, which
// point layer is backhaul (or the existing sites), the longest link and what a kilometre costs.
import type { Scenario, ScenarioNetwork } from '../../core/project/types.ts';
import { useWords } from '../../i18n/use-words.ts';
import { setNetwork } from '../../state/scenario-draft.ts';
import { NumberField, SelectField } from './fields.tsx';

interface Props {
  scenario: Scenario;
  /** The project's point layer names. */
  layers: readonly string[];
  onChange(scenario: Scenario): void;
}

/** Proposed when the planner turns a network on: a rooftop radio link of a few kilometres (an assumption to edit). */
const DEFAULT_LINK_M = 5000;

export function NetworkFieldset({ scenario, layers, onChange }: Props) {
  const { t } = useWords();
  const network = scenario.network;
  const set = (patch: Partial<ScenarioNetwork>) => onChange(setNetwork(scenario, { link_m: DEFAULT_LINK_M, ...network, ...patch }));
  return (
    <fieldset>
      <legend>{t('network.title')}</legend>
      <label className="check">
        <input type="checkbox" checked={network !== undefined} onChange={(e) => onChange(setNetwork(scenario, e.target.checked ? { link_m: DEFAULT_LINK_M, ...(scenario.existing ? { existing_as_backhaul: true } : {}) } : undefined))} />{' '}
        {t('network.required')}
      </label>
      {network && (
        <>
          <SelectField label={t('network.backhaulField')} value={network.backhaul?.points ?? ''} options={layers} none={t('editor.existingNone')} onChange={(points) => set({ backhaul: points ? { points } : undefined })} />
          <label className="check">
            <input type="checkbox" checked={network.existing_as_backhaul === true} disabled={!scenario.existing} onChange={(e) => set({ existing_as_backhaul: e.target.checked || undefined })} /> {t('network.existingConnected')}
          </label>
          <NumberField label={t('network.longestLink')} value={network.link_m} unit={t('unit.metres')} min={1} step={500} onChange={(v) => set({ link_m: v ?? 0 })} />
          <NumberField label={t('network.costPerKm')} value={network.link_cost_per_km} min={0} empty="0" onChange={(v) => set({ link_cost_per_km: v })} />
        </>
      )}
    </fieldset>
  );
}
