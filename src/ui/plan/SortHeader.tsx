// A sortable column header: a button inside the <th>, with aria-sort telling the direction.
interface Props {
  label: string;
  active: boolean;
  descending: boolean;
  onSort(): void;
  className?: string;
}

/** A table header cell that sorts its column when pressed. */
export function SortHeader({ label, active, descending, onSort, className }: Props) {
  return (
    <th scope="col" className={className} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={onSort}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}
