// Every district with the same figures as the map, sortable by any column. Keyboard:
// Tab into the table, ↑/↓/Home/End move between rows, Enter or Space selects a district
// (with Ctrl or Shift, or a Ctrl/Shift-click, it joins the comparison instead).
// Thousands of districts are virtualised: only the rows in view (and a few around) exist in
// the page, so 3,000 counties cost ~40 rows of DOM, not 10,000 elements (issue #18).
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { districtOrder } from '../state/district-order.ts';
import { useWords } from '../i18n/use-words.ts';
import { figureText, measureLabel, type Measure } from '../state/measures.ts';
import type { Words } from '../state/words.ts';

interface Props {
  names: readonly string[];
  ids: readonly string[];
  measures: readonly Measure[];
  sort: { key: string; descending: boolean };
  selectedIndex: number;
  onSort(key: string): void;
  onSelect(index: number): void;
  /** Ctrl-, Cmd- or Shift-click: the district joins (or leaves) the comparison instead. */
  onCompare?(index: number): void;
}

/** Above this many districts only the rows in view are rendered. */
const VIRTUAL_FROM = 200;
/** A row's height in CSS px before it is measured (0.85rem text, 0.25rem padding, 1px rule). */
const ROW_PX = 27;

export const DistrictTable = memo(function DistrictTable({ names, ids, measures, sort, selectedIndex, onSort, onSelect, onCompare }: Props) {
  const words = useWords();
  const { t } = words;
  const sortMeasure = measures.find((m) => m.key === sort.key);
  const order = useMemo(() => districtOrder(names, sort.key === 'name' ? undefined : sortMeasure, sort.descending), [names, sortMeasure, sort.key, sort.descending]);
  const [focusRow, setFocusRow] = useState(0);
  const wrap = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const virtual = order.length > VIRTUAL_FROM;
  // The sticky header sits above the rows inside the scrolled box: rows start that much lower,
  // and a row scrolled to must clear it, or it lands half under the header or below the fold.
  const [headPx, setHeadPx] = useState(0);
  useLayoutEffect(() => setHeadPx(head.current?.offsetHeight ?? 0), [measures]);
  const rows = useVirtualizer({
    count: virtual ? order.length : 0,
    getScrollElement: () => wrap.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    scrollMargin: headPx,
    scrollPaddingStart: headPx,
  });

  // A district selected elsewhere (the map, the search) is scrolled into view; in a virtual
  // table its row exists only once scrolled to, so the App cannot find it by itself.
  useEffect(() => {
    if (selectedIndex < 0) return;
    const r = order.indexOf(selectedIndex);
    if (r < 0) return;
    const scroll = () => {
      if (virtual) rows.scrollToIndex(r, { align: 'auto' });
      else body.current?.querySelector<HTMLElement>(`tr[data-row="${r}"]`)?.scrollIntoView({ block: 'nearest' });
    };
    scroll();
    // The district's figures open above the table with the selection and shrink its box; the
    // virtualizer learns the new height from a ResizeObserver only after the next layout, so
    // the row can land just below the fold. Scroll again two frames on, once it knows.
    let live = true;
    requestAnimationFrame(() => requestAnimationFrame(() => live && scroll()));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new selection only, not on every scroll
  }, [selectedIndex]);

  // A row scrolled into view by the keyboard exists only after the next render: focus it then.
  useEffect(() => {
    const r = pendingFocus.current;
    if (r === null) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-row="${r}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const moveTo = (row: number) => {
    const r = Math.max(0, Math.min(order.length - 1, row));
    setFocusRow(r);
    pendingFocus.current = r;
    if (virtual) rows.scrollToIndex(r, { align: 'auto' });
    body.current?.querySelector<HTMLElement>(`tr[data-row="${r}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: number) => {
    const moves: Record<string, number> = { ArrowDown: row + 1, ArrowUp: row - 1, Home: 0, End: order.length - 1, PageDown: row + 10, PageUp: row - 10 };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (onCompare && (e.ctrlKey || e.metaKey || e.shiftKey)) onCompare(order[row]!);
      else onSelect(order[row]!);
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
  const row = (r: number) => {
    const d = order[r]!;
    return (
      <tr
        key={ids[d]}
        data-district-id={ids[d]}
        data-row={r}
        {...(virtual ? { 'data-index': r, ref: rows.measureElement } : {})}
        // The focusable row stays reachable by Tab even when scrolled out of the rendered window.
        tabIndex={r === focusRow ? 0 : -1}
        aria-rowindex={r + 2}
        aria-selected={d === selectedIndex}
        className={d === selectedIndex ? 'selected' : undefined}
        onClick={(e) => {
          setFocusRow(r);
          if (onCompare && (e.ctrlKey || e.metaKey || e.shiftKey)) onCompare(d);
          else onSelect(d);
        }}
        onKeyDown={(e) => onKeyDown(e, r)}
      >
        <th scope="row">{names[d]}</th>
        {measures.map((m) => (
          <td key={m.key} data-measure={m.key}>
            {figureText(m, d, words)}
          </td>
        ))}
      </tr>
    );
  };

  const items = virtual ? rows.getVirtualItems() : [];
  const before = items.length ? items[0]!.start - headPx : 0;
  const after = items.length ? rows.getTotalSize() - (items[items.length - 1]!.end - headPx) : 0;
  return (
    <div className="table-wrap" ref={wrap}>
      <table className="district-table" aria-label={measures[0] ? t('table.label', { measure: measureLabel(measures[0], words) }) : t('table.labelNone')} aria-rowcount={order.length + 1}>
        <thead ref={head}>
          <tr aria-rowindex={1}>
            {header('name', t('table.district'))}
            {measures.map((m) => header(m.key, shortLabel(m, words)))}
          </tr>
        </thead>
        <tbody ref={body}>
          {before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: before }} />}
          {virtual ? items.map((item) => row(item.index)) : order.map((_, r) => row(r))}
          {after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});

/** The part of a measure label after the indicator name ("female", "gap male − female"); every catalogue writes " — " there. */
function shortLabel(m: Measure, words: Words): string {
  const label = measureLabel(m, words);
  const i = label.lastIndexOf(' — ');
  return i >= 0 ? label.slice(i + 3) : label;
}
