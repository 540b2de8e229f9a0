// Chooses which group (quarter, network type) of a grouped tile layer the map, legend, table
// and tiles show. A select: arrow keys step through the groups from the keyboard.
import { useId } from 'react';
import { useWords } from '../../i18n/use-words.ts';

interface Props {
  layer: string;
  /** The layer's `by` columns ("period", "network_type"). */
  by: readonly string[];
  /** `by` values per group, in tiles.<name>.csv order. */
  groups: readonly (readonly string[])[];
  value: number;
  onChange(group: number): void;
}

export function PeriodControl({ layer, by, groups, value, onChange }: Props) {
  const { t } = useWords();
  const id = useId();
  if (by.length === 0 || groups.length < 2) return null;
  return (
    <span className="period-control" data-layer={layer}>
      <label htmlFor={id}>{t('maplayers.period', { layer, by: by.join(', ') })}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {groups.map((key, k) => (
          <option key={k} value={k}>
            {key.join(' · ')}
          </option>
        ))}
      </select>
    </span>
  );
}
