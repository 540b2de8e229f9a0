// The "Keep only rows where" part of the add-data dialog: column = value filters. The values
// offered are the whole file's (read in DuckDB when a column is first picked), most frequent
// first with their row counts; until they arrive, or for a file DuckDB does not read, the
// first rows' values are offered and the planner can always type any value.
import { useEffect, useRef, useState } from 'react';
import { formatWhole } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';
import type { ColumnValues } from '../engine/map-layers.ts';
import { sampleValues, type FileCandidate } from '../state/file-candidate.ts';
import type { LayerDraft } from '../state/layer-draft.ts';
import { ColumnSelect } from './ColumnSelect.tsx';

/** Reads a column's values over the whole file; null when only the sample is known. */
export type ValuesOf = (column: string) => Promise<ColumnValues | null>;

type Whole = ColumnValues | 'reading' | { failed: string };

interface Props {
  candidate: FileCandidate;
  draft: LayerDraft;
  setDraft: (f: (d: LayerDraft) => LayerDraft) => void;
  valuesOf?: ValuesOf | undefined;
}

export function WhereEditor({ candidate, draft, setDraft, valuesOf }: Props) {
  const { t, locale } = useWords();
  const whole = useWholeValues(draft.where.map((w) => w.column), valuesOf);
  // A filter added from the keyboard takes focus in its column picker (it is inserted above the button).
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    [...(fieldset.current?.querySelectorAll<HTMLSelectElement>('.where-row select') ?? [])].at(-1)?.focus();
  }, [draft.where.length]);
  const update = (i: number, change: Partial<{ column: string; value: string }>) =>
    setDraft((d) => ({ ...d, where: d.where.map((w, k) => (k === i ? { ...w, ...change, ...(change.column !== undefined ? { value: sampleValues(candidate, change.column)[0] ?? '' } : {}) } : w)) }));
  return (
    <fieldset ref={fieldset}>
      <legend>{t('addData.where')}</legend>
      {draft.where.map((w, i) => {
        const read = w.column ? whole[w.column] : undefined;
        const values = read && read !== 'reading' && !('failed' in read) ? read : null;
        const status = !w.column || !read ? '' : read === 'reading' ? t('addData.values.reading') : 'failed' in read ? t('addData.values.sample', { reason: read.failed }) : wholeText(read);
        return (
          <div key={i} className="where-row">
            <ColumnSelect columns={candidate.columns} value={w.column} onChange={(c) => update(i, { column: c })} label={t('addData.filterColumn', { n: formatWhole(i + 1, locale) })} />
            =
            <input list={`filter-${i}-values`} value={w.value} onChange={(e) => update(i, { value: e.target.value })} aria-label={t('addData.filterValue', { n: formatWhole(i + 1, locale) })} aria-describedby={status ? `filter-${i}-status` : undefined} />
            <datalist id={`filter-${i}-values`}>
              {values
                ? values.values.map((v) => <option key={v.value} value={v.value} label={t('addData.values.rows', { n: formatWhole(v.rows, locale) })} />)
                : sampleValues(candidate, w.column).map((v) => <option key={v} value={v} />)}
            </datalist>
            <button type="button" aria-label={t('addData.removeFilter', { n: formatWhole(i + 1, locale) })} onClick={() => setDraft((d) => ({ ...d, where: d.where.filter((_, k) => k !== i) }))}>
              ×
            </button>
            {status && (
              <span id={`filter-${i}-status`} className="counts" role="status">
                {status}
              </span>
            )}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          added.current = true;
          setDraft((d) => ({ ...d, where: [...d.where, { column: '', value: '' }] }));
        }}
      >
        {t('addData.addFilter')}
      </button>
    </fieldset>
  );

  function wholeText(v: ColumnValues): string {
    const n = formatWhole(v.distinct, locale);
    return v.values.length < v.distinct ? t('addData.values.mostFrequent', { shown: formatWhole(v.values.length, locale), n }) : t('addData.values.all', { n });
  }
}

/** Whole-file values of each picked column, read once per column. */
function useWholeValues(columns: readonly string[], valuesOf: ValuesOf | undefined): Record<string, Whole> {
  const [whole, setWhole] = useState<Record<string, Whole>>({});
  const wanted = columns.filter((c) => c && !(c in whole));
  const key = wanted.join('\u0000');
  useEffect(() => {
    if (!valuesOf || !key) return;
    for (const column of key.split('\u0000')) {
      setWhole((w) => ({ ...w, [column]: 'reading' }));
      valuesOf(column).then(
        (v) => setWhole((w) => (v ? { ...w, [column]: v } : omit(w, column))),
        (e: unknown) => setWhole((w) => ({ ...w, [column]: { failed: e instanceof Error ? e.message : String(e) } })),
      );
    }
  }, [key, valuesOf]);
  return whole;
}

function omit(w: Record<string, Whole>, column: string): Record<string, Whole> {
  const { [column]: _, ...rest } = w;
  return rest;
}
