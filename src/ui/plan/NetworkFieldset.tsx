// A community network in the scenario editor: whether sites must link to backhaul, which
// point layer is backhaul (or the existing sites), the longest link and what a kilometre costs.
import type { Scenario, ScenarioNetwork } from '../../core/project/types.ts';
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
  const network = scenario.network;
  const set = (patch: Partial<ScenarioNetwork>) => onChange(setNetwork(scenario, { link_m: DEFAULT_LINK_M, ...network, ...patch }));
  return (
    <fieldset>
      <legend>Community network</legend>
      <label className="check">
        <input type="checkbox" checked={network !== undefined} onChange={(e) => onChange(setNetwork(scenario, e.target.checked ? { link_m: DEFAULT_LINK_M, ...(scenario.existing ? { existing_as_backhaul: true } : {}) } : undefined))} />{' '}
        Every new site must link to backhaul, directly or through other new sites
      </label>
      {network && (
        <>
          <SelectField label="Backhaul points (e.g. fibre)" value={network.backhaul?.points ?? ''} options={layers} none="(none)" onChange={(points) => set({ backhaul: points ? { points } : undefined })} />
          <label className="check">
            <input type="checkbox" checked={network.existing_as_backhaul === true} disabled={!scenario.existing} onChange={(e) => set({ existing_as_backhaul: e.target.checked || undefined })} /> Existing sites are connected too
          </label>
          <NumberField label="Longest link" value={network.link_m} unit="m" min={1} step={500} onChange={(v) => set({ link_m: v ?? 0 })} />
          <NumberField label="Cost of links per km" value={network.link_cost_per_km} min={0} empty="0" onChange={(v) => set({ link_cost_per_km: v })} />
        </>
      )}
    </fieldset>
  );
}
