// Defines an indicator from a table's columns — a rate from counts per group (with gaps and
// parity between groups) or a published value — in the same terms as the project file.
import { useState } from 'react';
import type { Indicator } from '../core/project/types.ts';

interface Props {
  tables: readonly { readonly name: string; readonly columns: readonly string[] }[];
  onAdd(indicator: Indicator): void;
  onCancel(): void;
  error: string | null;
  busy: boolean;
}

interface GroupRow {
  group: string;
  numerator: string;
  denominator: string;
}

export function IndicatorForm({ tables, onAdd, onCancel, error, busy }: Props) {
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
      <option value="">— column —</option>
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
      aria-label="Define an indicator"
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
      <h3>Define an indicator</h3>
      <label className="field">
        Id <input value={id} onChange={(e) => setId(e.target.value)} required pattern="[A-Za-z_][A-Za-z0-9_]*" placeholder="internet_use" />
      </label>
      <label className="field">
        Label <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Internet use, population aged 3+" />
      </label>
      <label className="field">
        Table
        <select value={table} onChange={(e) => setTable(e.target.value)} aria-label="table">
          {tables.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Kind</legend>
        <label>
          <input type="radio" checked={kind === 'rate'} onChange={() => setKind('rate')} /> Rate from counts (numerator ÷ denominator per group)
        </label>
        <label>
          <input type="radio" checked={kind === 'value'} onChange={() => setKind('value')} /> Published value, taken as it is
        </label>
      </fieldset>
      {kind === 'value' ? (
        <>
          <label className="field">Column {columnSelect(value, setValue, 'value column')}</label>
          <label className="field">
            Unit <input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="percent" />
          </label>
        </>
      ) : (
        <fieldset>
          <legend>Groups</legend>
          {groups.map((g, i) => (
            <div key={i} className="where-row">
              <input value={g.group} onChange={(e) => setGroup(i, { group: e.target.value })} aria-label={`group ${i + 1} name`} required pattern="[A-Za-z0-9_]+" size={8} />
              {columnSelect(g.numerator, (v) => setGroup(i, { numerator: v }), `group ${i + 1} numerator`)} ÷
              {columnSelect(g.denominator, (v) => setGroup(i, { denominator: v }), `group ${i + 1} denominator`)}
            </div>
          ))}
          <button type="button" onClick={() => setGroups((gs) => [...gs, { group: '', numerator: '', denominator: '' }])}>
            Add a group
          </button>
          {names.length >= 2 && (
            <div>
              {gaps.map(([a, b], i) => (
                <div key={i} className="where-row">
                  Gap
                  <select value={a} onChange={(e) => setGaps((gs) => gs.map((g, k) => (k === i ? [e.target.value, g[1]] : g)))} aria-label={`gap ${i + 1} from`}>
                    {names.map((n) => <option key={n}>{n}</option>)}
                  </select>
                  −
                  <select value={b} onChange={(e) => setGaps((gs) => gs.map((g, k) => (k === i ? [g[0], e.target.value] : g)))} aria-label={`gap ${i + 1} to`}>
                    {names.map((n) => <option key={n}>{n}</option>)}
                  </select>
                </div>
              ))}
              <button type="button" onClick={() => setGaps((gs) => [...gs, [names[0]!, names[1]!]])}>
                Add a gap between groups
              </button>
            </div>
          )}
        </fieldset>
      )}
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="submit" disabled={busy || !table}>
          {busy ? 'Computing…' : 'Add indicator'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
