// A drop-down of a file's columns, with an empty first choice (the planner must pick).
import { useWords } from '../i18n/use-words.ts';

export function ColumnSelect({ columns, value, onChange, label, empty }: { columns: readonly string[]; value: string; onChange(column: string): void; label: string; empty?: string }) {
  const { t } = useWords();
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      <option value="">{empty ?? t('column.choose')}</option>
      {columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}
