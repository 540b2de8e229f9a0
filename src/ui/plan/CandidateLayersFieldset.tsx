// The scenario's candidate layers: which point layer, keeping which rows, at what cost (a
// number, or a column of the layer) and, optionally, a capacity of their own.
import type { Scenario, WhereFilter } from '../../core/project/types.ts';
import { useWords } from '../../i18n/use-words.ts';
import { addCandidateLayer, candidateLayers, removeCandidateLayer, setCandidateLayer } from '../../state/scenario-draft.ts';
import { NumberField, SelectField } from './fields.tsx';

export interface PointLayerInfo {
  readonly name: string;
  readonly columns: readonly string[];
}

interface Props {
  scenario: Scenario;
  layers: readonly PointLayerInfo[];
  onChange(scenario: Scenario): void;
}

export function CandidateLayersFieldset({ scenario, layers, onChange }: Props) {
  const list = candidateLayers(scenario);
  const columnsOf = (name: string) => layers.find((l) => l.name === name)?.columns ?? [];
  const unused = layers.find((l) => !list.some((c) => c.points === l.name));
  const { t } = useWords();
  return (
    <fieldset>
      <legend>{t('candidates.legend')}</legend>
      {list.map((c, i) => {
        const where = Object.entries(c.where ?? {})[0];
        const set = (patch: Record<string, unknown>) => onChange(setCandidateLayer(scenario, i, patch));
        const setWhere = (column: string, value: string): void => set({ where: column ? ({ [column]: value } satisfies WhereFilter) : undefined });
        return (
          <div className="candidate-layer" key={`${c.points}-${i}`} role="group" aria-label={t('candidates.layer', { n: i + 1, layer: c.points })}>
            <SelectField
              label={t('candidates.layerField')}
              value={c.points}
              options={layers.map((l) => l.name)}
              // Another layer has other columns: a cost column or filter of the old one would not exist.
              onChange={(points) => set({ points, where: undefined, ...(typeof c.cost === 'string' && !columnsOf(points).includes(c.cost) ? { cost: 1 } : {}) })}
            />
            <div className="field">
              <span id={`cost-kind-${i}`}>{t('candidates.costKind')}</span>
              <span role="radiogroup" aria-labelledby={`cost-kind-${i}`} className="choice-row">
                <label>
                  <input type="radio" name={`cost-kind-${i}`} checked={typeof c.cost === 'number'} onChange={() => set({ cost: 1 })} /> {t('candidates.costSame')}
                </label>
                <label>
                  <input type="radio" name={`cost-kind-${i}`} checked={typeof c.cost === 'string'} disabled={columnsOf(c.points).length === 0} onChange={() => set({ cost: columnsOf(c.points)[0] ?? 1 })} /> {t('candidates.costColumn')}
                </label>
              </span>
            </div>
            {typeof c.cost === 'number' ? (
              <NumberField label={t('candidates.costPerSite')} value={c.cost} min={0} onChange={(v) => set({ cost: v ?? 0 })} />
            ) : (
              <SelectField label={t('candidates.costColumnField')} value={c.cost} options={columnsOf(c.points)} onChange={(cost) => set({ cost })} />
            )}
            <NumberField label={t('candidates.capacity')} value={c.capacity} unit={t('unit.people')} min={0} empty={t('candidates.capacityDefault')} onChange={(capacity) => set({ capacity })} />
            <SelectField label={t('candidates.where')} value={where?.[0] ?? ''} options={columnsOf(c.points)} none={t('candidates.allRows')} onChange={(column) => setWhere(column, String(where?.[1] ?? ''))} />
            {where && (
              <div className="field">
                <label htmlFor={`where-${i}`}>{t('candidates.equals')}</label>
                <input id={`where-${i}`} type="text" value={String(where[1])} onChange={(e) => setWhere(where[0], e.target.value)} />
              </div>
            )}
            {list.length > 1 && (
              <button type="button" onClick={() => onChange(removeCandidateLayer(scenario, i))}>
                {t('candidates.remove', { layer: c.points })}
              </button>
            )}
          </div>
        );
      })}
      {unused && (
        <button type="button" onClick={() => onChange(addCandidateLayer(scenario, { points: unused.name, cost: 1 }))}>
          {t('candidates.add')}
        </button>
      )}
    </fieldset>
  );
}
