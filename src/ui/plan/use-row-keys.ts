// Keyboard movement through a table's rows, as in DistrictTable: one row in the tab order,
// ↑/↓/Home/End/PageUp/PageDown move focus, Enter or Space selects.
import { useRef, useState, type KeyboardEvent } from 'react';

/** Roving focus over `count` rows; `onActivate(row)` on Enter or Space. */
export function useRowKeys(count: number, onActivate: (row: number) => void) {
  const [focusRow, setFocusRow] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const moveTo = (row: number) => {
    const r = Math.max(0, Math.min(count - 1, row));
    setFocusRow(r);
    (body.current?.rows[r] as HTMLElement | undefined)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: number) => {
    // Keys pressed on a control inside the row belong to that control.
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, number> = { ArrowDown: row + 1, ArrowUp: row - 1, Home: 0, End: count - 1, PageDown: row + 10, PageUp: row - 10 };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(row);
    }
  };
  return { body, focusRow: Math.min(focusRow, Math.max(0, count - 1)), setFocusRow, onKeyDown };
}

/** Sort state of a table: the column and direction; clicking the same column flips it. */
export function useSort<K extends string>(initial: K, descending = true) {
  const [sort, setSort] = useState({ key: initial, descending });
  const onSort = (key: K) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'name' }));
  return { sort, onSort };
}
