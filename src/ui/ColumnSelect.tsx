// A drop-down of a file's columns, with an empty first choice (the planner must pick).
export function ColumnSelect({ columns, value, onChange, label, empty = '— column —' }: { columns: readonly string[]; value: string; onChange(column: string): void; label: string; empty?: string }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      <option value="">{empty}</option>
      {columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}
