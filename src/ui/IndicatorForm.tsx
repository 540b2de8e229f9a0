// Defines an indicator from a table's columns — a rate from counts per group (with gaps and
// parity between groups) or a published value — in the same terms as the project file.
import { useState } from 'react';
import type { Indicator } from '../core/project/types.ts';
import { useWords } from '../i18n/use-words.ts';

interface Props {
  tables: readonly { readonly name: string; readonly columns: readonly string[] }[];
  onAdd(indicator: Indicator): void;
  onCancel(): void;
  error: string | null;
  busy: boolean;
}

// Not words: an id in the project's own spelling, and the format's keyword for a unit in percent.
const EXAMPLE_ID = 'internet_use';
const PERCENT_UNIT = 'percent';

interface GroupRow {
  group: string;
  numerator: string;
  denominator: string;
}

export function IndicatorForm({ tables, onAdd, onCancel, error, busy }: Props) {
  const { t } = useWords();
  const [id, setId] = useState('');
  const [label, setLabel] = useState('');
  const [table, setTable] = useState(tables[0]?.name ?? '');
  const [kind, setKind] = useState<'rate' | 'value'>('rate');
  const [groups, setGroups] = useState<GroupRow[]>([{ group: 'total', numerator: '', denominator: '' }]);
  const [gaps, setGaps] = useState<[string, string][]>([]);
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
  const columns = tables.find((t) => t.name === table)?.columns ?? [];
  const names = groups.map((g) => g.group).filter(Boolean);
  const setGroup = (i: number, change: Partial<GroupRow>) => setGroups((gs) => gs.map((g, k) => (k === i ? { ...g, ...change } : g)));
  const columnSelect = (v: string, set: (v: string) => void, aria: string) => (
    <select value={v} onChange={(e) => set(e.target.value)} aria-label={aria} required>
      <option value="">{t('column.choose')}</option>
      {columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );

  return (
    <form
      className="indicator-form"
      aria-label={t('indicator.form')}
      onSubmit={(e) => {
        e.preventDefault();
        const base = { id, table, ...(label ? { label } : {}) };
        onAdd(
          kind === 'value'
            ? { ...base, value, ...(unit ? { unit } : {}) }
            : { ...base, rate: Object.fromEntries(groups.map((g) => [g.group, [g.numerator, g.denominator] as const])), ...(gaps.length ? { gaps } : {}) },
        );
      }}
    >
      <h3>{t('indicator.form')}</h3>
      <label className="field">
        {t('indicator.id')} <input value={id} onChange={(e) => setId(e.target.value)} required pattern="[A-Za-z_][A-Za-z0-9_]*" placeholder={EXAMPLE_ID} />
      </label>
      <label className="field">
        {t('indicator.label')} <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('indicator.labelExample')} />
      </label>
      <label className="field">
        {t('indicator.table')}
        <select value={table} onChange={(e) => setTable(e.target.value)} aria-label={t('indicator.table')}>
          {tables.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('indicator.kind')}</legend>
        <label>
          <input type="radio" checked={kind === 'rate'} onChange={() => setKind('rate')} /> {t('indicator.kind.rate')}
        </label>
        <label>
          <input type="radio" checked={kind === 'value'} onChange={() => setKind('value')} /> {t('indicator.kind.value')}
        </label>
      </fieldset>
      {kind === 'value' ? (
        <>
          <label className="field">{t('indicator.column')} {columnSelect(value, setValue, t('indicator.valueColumn'))}</label>
          <label className="field">
            {t('indicator.unit')} <input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder={PERCENT_UNIT} />
          </label>
        </>
      ) : (
        <fieldset>
          <legend>{t('indicator.groups')}</legend>
          {groups.map((g, i) => (
            <div key={i} className="where-row">
              <input value={g.group} onChange={(e) => setGroup(i, { group: e.target.value })} aria-label={t('indicator.groupName', { n: i + 1 })} required pattern="[A-Za-z0-9_]+" size={8} />
              {columnSelect(g.numerator, (v) => setGroup(i, { numerator: v }), t('indicator.numerator', { n: i + 1 }))} ÷
              {columnSelect(g.denominator, (v) => setGroup(i, { denominator: v }), t('indicator.denominator', { n: i + 1 }))}
            </div>
          ))}
          <button type="button" onClick={() => setGroups((gs) => [...gs, { group: '', numerator: '', denominator: '' }])}>
            {t('indicator.addGroup')}
          </button>
          {names.length >= 2 && (
            <div>
              {gaps.map(([a, b], i) => (
                <div key={i} className="where-row">
                  {t('indicator.gap')}
                  <select value={a} onChange={(e) => setGaps((gs) => gs.map((g, k) => (k === i ? [e.target.value, g[1]] : g)))} aria-label={t('indicator.gapFrom', { n: i + 1 })}>
                    {names.map((n) => <option key={n}>{n}</option>)}
                  </select>
                  −
                  <select value={b} onChange={(e) => setGaps((gs) => gs.map((g, k) => (k === i ? [g[0], e.target.value] : g)))} aria-label={t('indicator.gapTo', { n: i + 1 })}>
                    {names.map((n) => <option key={n}>{n}</option>)}
                  </select>
                </div>
              ))}
              <button type="button" onClick={() => setGaps((gs) => [...gs, [names[0]!, names[1]!]])}>
                {t('indicator.addGap')}
              </button>
            </div>
          )}
        </fieldset>
      )}
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="submit" disabled={busy || !table}>
          {busy ? t('indicator.computing') : t('indicator.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('run.cancel')}
        </button>
      </div>
    </form>
  );
}
