// Chooses which measure the map and legend show.
import { useWords } from '../i18n/use-words.ts';
import { measureLabel, type Measure } from '../state/measures.ts';

export function MeasurePicker({ measures, value, onChange }: { measures: readonly Measure[]; value: string; onChange(key: string): void }) {
  const words = useWords();
  return (
    <label className="measure-picker">
      {words.t('measure.picker')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {measures.map((m) => (
          <option key={m.key} value={m.key}>
            {measureLabel(m, words)}
          </option>
        ))}
      </select>
    </label>
  );
}
