// The plan's chosen sites, with what each costs, where it is and whom it newly covers; the
// same information as the map, reachable by keyboard. Selecting a row highlights the site.
import { useMemo } from 'react';
import { sortRows, type SiteRow } from '../../state/plan-view.ts';
import { useWords } from '../../i18n/use-words.ts';
import { wholeText } from '../../state/plan-text.ts';
import { capitalNounText } from '../../state/words.ts';
import { SortHeader } from './SortHeader.tsx';
import { useRowKeys, useSort } from './use-row-keys.ts';

type Column = 'key' | 'district' | 'cost' | 'newlyCovered' | 'year' | 'parent' | 'hops';

interface Props {
  rows: readonly SiteRow[];
  /** Candidate index of the selected site, −1 none. */
  selectedSite: number;
  /** The district's name in the planner's words ("ward", "county"). */
  districtNoun?: string;
  onSelect(candidate: number): void;
}

const COLUMNS: readonly Column[] = ['key', 'district', 'cost', 'newlyCovered', 'year', 'parent', 'hops'];

const value = (r: SiteRow, c: Column): number | string => r[c] ?? '';

export function PlanSitesTable({ rows, selectedSite, districtNoun = 'district', onSelect }: Props) {
  const { sort, onSort } = useSort<Column>('newlyCovered');
  const order = useMemo(() => sortRows(rows, (r) => value(r, sort.key), sort.descending, (r) => r.key), [rows, sort]);
  const keys = useRowKeys(order.length, (row) => onSelect(order[row]!.index));
  const words = useWords();
  const { t, locale } = words;
  const label = (c: Column) => (c === 'district' ? capitalNounText(districtNoun, words) : t(`sites.column.${c}`));
  // A phased plan adds the year; a community network what each site links to.
  const columns = COLUMNS.filter((c) => (c === 'year' ? rows.some((r) => r.year !== undefined) : c === 'parent' || c === 'hops' ? rows.some((r) => r.hops !== undefined) : true));

  return (
    <div className="table-wrap plan-table">
      <table className="district-table" aria-label={t('sites.table', { count: rows.length })}>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c} label={label(c)} active={sort.key === c} descending={sort.descending} onSort={() => onSort(c)} />
            ))}
          </tr>
        </thead>
        <tbody ref={keys.body}>
          {order.map((r, row) => (
            <tr
              key={r.key}
              data-site={r.key}
              tabIndex={row === keys.focusRow ? 0 : -1}
              aria-selected={r.index === selectedSite}
              className={r.index === selectedSite ? 'selected' : undefined}
              onClick={() => {
                keys.setFocusRow(row);
                onSelect(r.index);
              }}
              onKeyDown={(e) => keys.onKeyDown(e, row)}
            >
              <th scope="row">
                {r.key}
                {r.locked && <span className="tag"> {t('sites.locked')}</span>}
              </th>
              <td>{r.district || '—'}</td>
              <td>{wholeText(r.cost, locale)}</td>
              <td>{wholeText(r.newlyCovered, locale)}</td>
              {columns.includes('year') && <td>{r.year ?? '—'}</td>}
              {columns.includes('hops') && (
                <>
                  <td>{r.parent ?? '—'}</td>
                  <td>{r.hops ?? '—'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="counts">{t('sites.none')}</p>}
    </div>
  );
}
