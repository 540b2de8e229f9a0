// Every district with the same figures as the map, sortable by any column. Keyboard:
// Tab into the table, ↑/↓/Home/End move between rows, Enter or Space selects a district.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { districtOrder } from '../state/district-order.ts';
import { figureText, type Measure } from '../state/measures.ts';

interface Props {
  names: readonly string[];
  ids: readonly string[];
  measures: readonly Measure[];
  sort: { key: string; descending: boolean };
  selectedIndex: number;
  onSort(key: string): void;
  onSelect(index: number): void;
}

export function DistrictTable({ names, ids, measures, sort, selectedIndex, onSort, onSelect }: Props) {
  const sortMeasure = measures.find((m) => m.key === sort.key);
  const order = useMemo(() => districtOrder(names, sort.key === 'name' ? undefined : sortMeasure, sort.descending), [names, sortMeasure, sort.key, sort.descending]);
  const [focusRow, setFocusRow] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  const moveTo = (row: number) => {
    const r = Math.max(0, Math.min(order.length - 1, row));
    setFocusRow(r);
    (body.current?.rows[r] as HTMLElement | undefined)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: number) => {
    const moves: Record<string, number> = { ArrowDown: row + 1, ArrowUp: row - 1, Home: 0, End: order.length - 1, PageDown: row + 10, PageUp: row - 10 };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(order[row]!);
    }
  };
  const ariaSort = (key: string) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none');
  const header = (key: string, label: string) => (
    <th scope="col" aria-sort={ariaSort(key)} key={key}>
      <button type="button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="table-wrap">
      <table className="district-table" aria-label={`Districts by ${measures[0]?.label ?? 'indicator'}`}>
        <thead>
          <tr>
            {header('name', 'District')}
            {measures.map((m) => header(m.key, shortLabel(m)))}
          </tr>
        </thead>
        <tbody ref={body}>
          {order.map((d, row) => (
            <tr
              key={ids[d]}
              data-district-id={ids[d]}
              tabIndex={row === focusRow ? 0 : -1}
              aria-selected={d === selectedIndex}
              className={d === selectedIndex ? 'selected' : undefined}
              onClick={() => {
                setFocusRow(row);
                onSelect(d);
              }}
              onKeyDown={(e) => onKeyDown(e, row)}
            >
              <th scope="row">{names[d]}</th>
              {measures.map((m) => (
                <td key={m.key} data-measure={m.key}>
                  {figureText(m, d)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The part of a measure label after the indicator name ("female", "gap male − female"). */
function shortLabel(m: Measure): string {
  const i = m.label.lastIndexOf(' — ');
  return i >= 0 ? m.label.slice(i + 3) : m.label;
}
