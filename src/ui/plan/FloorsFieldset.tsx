// Equity floors: a share every district must reach, and shares each group must reach
// (overall or in every district). Groups are columns of the demand layer.
import { useState } from 'react';
import type { Scenario } from '../../core/project/types.ts';
import { useWords } from '../../i18n/use-words.ts';
import { nounText } from '../../state/words.ts';
import { setDistrictFloor, setGroup, setGroupFloor, setGroupsPerDistrict } from '../../state/scenario-draft.ts';
import { PercentField, SelectField } from './fields.tsx';

interface Props {
  scenario: Scenario;
  /** Columns of the demand layer, for group weights. */
  demandColumns: readonly string[];
  districtNoun: string;
  onChange(scenario: Scenario): void;
}

export function FloorsFieldset({ scenario, demandColumns, districtNoun, onChange }: Props) {
  const [column, setColumn] = useState('');
  const groups = Object.entries(scenario.groups ?? {});
  const free = demandColumns.filter((c) => !groups.some(([name]) => name === c));
  const words = useWords();
  const { t } = words;
  const noun = nounText(districtNoun, words);
  return (
    <fieldset>
      <legend>{t('floors.legend')}</legend>
      <PercentField label={t('floors.district', { noun })} value={scenario.floors?.district} onChange={(v) => onChange(setDistrictFloor(scenario, v))} />
      {groups.map(([name, group]) => (
        <div key={name} className="group-floor" role="group" aria-label={t('floors.group', { group: name })}>
          <PercentField label={t('floors.groupShare', { group: groupSource(group) === name ? name : `${name} (${groupSource(group)})` })} value={scenario.floors?.groups?.[name]} onChange={(v) => onChange(setGroupFloor(scenario, name, v))} />
          {!('table' in group) && (
            <button type="button" onClick={() => onChange(setGroup(scenario, name, undefined))}>
              {t('floors.removeGroup', { group: name })}
            </button>
          )}
        </div>
      ))}
      {groups.length > 0 && (
        <label className="check">
          <input type="checkbox" checked={scenario.floors?.groups_per_district === true} onChange={(e) => onChange(setGroupsPerDistrict(scenario, e.target.checked))} /> {t('floors.perDistrict', { noun })}
        </label>
      )}
      {free.length > 0 && (
        <div className="add-group">
          <SelectField label={t('floors.addFrom')} value={column} options={free} none={t('floors.chooseColumn')} onChange={setColumn} />
          <button
            type="button"
            disabled={!column}
            onClick={() => {
              onChange(setGroup(scenario, column, column));
              setColumn('');
            }}
          >
            {t('floors.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** Where a group's weight comes from, as the project names it: "women" or "census.women_share". */
function groupSource(group: NonNullable<Scenario['groups']>[string]): string {
  return 'table' in group ? `${group.table}.${group.column}` : group.column;
}
