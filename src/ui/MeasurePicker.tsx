// Chooses which measure the map and legend show.
import type { Measure } from '../state/measures.ts';

export function MeasurePicker({ measures, value, onChange }: { measures: readonly Measure[]; value: string; onChange(key: string): void }) {
  return (
    <label className="measure-picker">
      Map shows{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {measures.map((m) => (
          <option key={m.key} value={m.key}>
            {m.label}
          </option>
        ))}
      </select>
    </label>
  );
}
