// Every district before → after the plan: demand, covered share before and after, the change,
// and the people newly covered. Figures resting on too few people stay suppressed.
import { useMemo } from 'react';
import { sortRows, type DistrictRow } from '../../state/plan-view.ts';
import { pointsText, shareText, wholeText } from '../../state/plan-text.ts';
import { useWords } from '../../i18n/use-words.ts';
import { capitalNounText, nounText } from '../../state/words.ts';
import { SortHeader } from './SortHeader.tsx';
import { useRowKeys, useSort } from './use-row-keys.ts';

type Column = 'name' | 'weight' | 'shareBefore' | 'shareAfter' | 'change' | 'newly';

interface Props {
  rows: readonly DistrictRow[];
  selectedIndex: number;
  districtNoun?: string;
  onSelect(index: number): void;
}

const value = (r: DistrictRow, c: Column): number | string => {
  if (c === 'name') return r.name;
  if (r.suppressed) return Number.NaN;
  return c === 'change' ? r.shareAfter - r.shareBefore : c === 'newly' ? r.after - r.before : r[c];
};

export function PlanDistrictsTable({ rows, selectedIndex, districtNoun = 'district', onSelect }: Props) {
  const { sort, onSort } = useSort<Column>('shareAfter', false);
  const order = useMemo(() => sortRows(rows, (r) => value(r, sort.key), sort.descending, (r) => r.name), [rows, sort]);
  const keys = useRowKeys(order.length, (row) => onSelect(order[row]!.index));
  const words = useWords();
  const { t, locale } = words;
  const columns: readonly [Column, string][] = [['name', capitalNounText(districtNoun, words)], ['weight', t('districts.column.weight')], ['shareBefore', t('districts.column.before')], ['shareAfter', t('districts.column.after')], ['change', t('districts.column.change')], ['newly', t('districts.column.newly')]];
  const cell = (r: DistrictRow, text: string, className?: string) => (r.suppressed ? <td className={className ? `counts ${className}` : 'counts'}>{t('figure.suppressed')}</td> : <td className={className}>{text}</td>);

  return (
    <div className="table-wrap plan-table">
      <table className="district-table" aria-label={t('districts.table', { noun: nounText(districtNoun, words) })}>
        <thead>
          <tr>
            {columns.map(([c, text]) => (
              <SortHeader key={c} label={text} active={sort.key === c} descending={sort.descending} onSort={() => onSort(c)} className={c === 'change' ? 'wide-only' : undefined} />
            ))}
          </tr>
        </thead>
        <tbody ref={keys.body}>
          {order.map((r, row) => (
            <tr
              key={r.index}
              data-district={r.name}
              tabIndex={row === keys.focusRow ? 0 : -1}
              aria-selected={r.index === selectedIndex}
              className={r.index === selectedIndex ? 'selected' : undefined}
              onClick={() => {
                keys.setFocusRow(row);
                onSelect(r.index);
              }}
              onKeyDown={(e) => keys.onKeyDown(e, row)}
            >
              <th scope="row">{r.name}</th>
              {cell(r, wholeText(r.weight, locale))}
              {cell(r, shareText(r.shareBefore, locale))}
              {cell(r, shareText(r.shareAfter, locale))}
              {/* The change is before → after in points: left out on narrow screens, where the two shares say it. */}
              {cell(r, pointsText(r.shareAfter - r.shareBefore, locale), 'wide-only')}
              {cell(r, wholeText(r.after - r.before, locale))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
