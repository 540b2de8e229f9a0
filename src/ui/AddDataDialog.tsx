// Places an added file in the project: the planner confirms or corrects the guessed role and
// columns, sees how well a table's ids match the districts before joining, and can filter
// rows (e.g. one network type or quarter of speed tests). Nothing changes until "Add".
import { useEffect, useMemo, useRef, useState } from 'react';
import { joinMatch } from '../ingest/roles.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { WhereEditor, type ValuesOf } from './WhereEditor.tsx';
import { formatFixed, formatPercent, formatWhole } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';
import type { FileCandidate } from '../state/file-candidate.ts';
import { guessText } from '../state/load-text.ts';
import { layerEntry, layerNameFor, missingSlots, OPTIONAL_SLOTS, ROLE_SLOTS, type LayerDraft, type LayerEntry, type LayerRole } from '../state/layer-draft.ts';

interface Props {
  candidate: FileCandidate;
  districtIds: readonly string[];
  takenNames: readonly string[];
  busy: boolean;
  error: string | null;
  onConfirm(entry: LayerEntry): void;
  onCancel(): void;
  /** A column's values over the whole file, for the filter pickers. */
  valuesOf?: ValuesOf;
}

/** Slots with a hint of their own ("addData.hint.value"); the others read "(optional)". */
const SLOT_HINTS: ReadonlySet<string> = new Set(['value', 'geometry', 'label_with']);

function draftFor(candidate: FileCandidate, role: LayerRole, takenNames: readonly string[]): LayerDraft {
  const s = candidate.suggestions.find((g) => g.role === role);
  const columns = Object.fromEntries([...ROLE_SLOTS[role], ...OPTIONAL_SLOTS[role]].map((slot) => [slot, s?.mapping[slot] ?? '']));
  const where = Object.entries(s?.mapping ?? {}).filter(([k]) => k.startsWith('where.')).map(([k, value]) => ({ column: k.slice(6), value }));
  return { role, name: layerNameFor(candidate.file, takenNames), columns, where, by: s?.mapping.by ?? '', decimal: candidate.decimalComma ? ',' : '.', missing: role === 'districts' ? [] : (candidate.missingCodes ?? []) };
}

export function AddDataDialog({ candidate, districtIds, takenNames, busy, error, onConfirm, onCancel, valuesOf }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const dialog = useRef<HTMLDialogElement>(null);
  const firstRole = candidate.suggestions[0]?.role ?? (candidate.kind === 'geojson' || candidate.kind === 'topojson' ? 'districts' : 'table');
  const [draft, setDraft] = useState(() => draftFor(candidate, firstRole, takenNames));
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const setColumn = (slot: string, column: string) => setDraft((d) => ({ ...d, columns: { ...d.columns, [slot]: column } }));
  const match = useMemo(() => {
    const column = draft.role === 'table' ? draft.columns.district : '';
    if (!column || districtIds.length === 0) return null;
    const rows = candidate.sample.filter((r) => draft.where.every((w) => !w.column || r[w.column] === w.value));
    return joinMatch(rows.map((r) => r[column] ?? ''), districtIds);
  }, [candidate, draft, districtIds]);
  const geojson = candidate.kind === 'geojson' || candidate.kind === 'topojson';
  // A CSV or Parquet file can hold districts too, with outlines in a WKT/WKB column.
  const roles = (geojson ? ['districts'] : ['table', 'tiles', 'points', 'districts']) as LayerRole[];
  const optionalSlots = OPTIONAL_SLOTS[draft.role].filter((slot) => !(geojson && slot === 'geometry'));
  const missing = missingSlots(draft);
  const suggestion = candidate.suggestions.find((s) => s.role === draft.role);

  return (
    <dialog ref={dialog} className="add-data-dialog" aria-labelledby="add-data-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(layerEntry(draft, candidate.file));
        }}
      >
        <h2 id="add-data-title">{t('addData.title', { file: candidate.file })}</h2>
        <p className="counts">
          {t(candidate.decimalComma ? 'addData.factsDecimal' : 'addData.facts', { kind: candidate.kind, size: formatFixed(candidate.size / 1e6, locale, 1), count: candidate.columns.length })}
        </p>
        <fieldset>
          <legend>{t('addData.holds')}</legend>
          {roles.map((role) => (
            <label key={role} className="role-choice">
              <input type="radio" name="role" value={role} checked={draft.role === role} onChange={() => setDraft(draftFor(candidate, role, takenNames))} />
              {t(`addData.role.${role}`)}
              {candidate.suggestions[0]?.role === role && <span className="counts"> {t('addData.suggested')}</span>}
            </label>
          ))}
          {suggestion && suggestion.reasons.length > 0 && (
            <ul className="reasons">
              {(suggestion.coded?.map((c) => guessText(c, words)) ?? suggestion.reasons).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </fieldset>
        {draft.role !== 'districts' && (candidate.missingCodes?.length ?? 0) > 0 && (
          <label className="field">
            <input type="checkbox" checked={(draft.missing?.length ?? 0) > 0} onChange={(e) => setDraft((d) => ({ ...d, missing: e.target.checked ? (candidate.missingCodes ?? []) : [] }))} />
            {t('addData.notReported', { codes: candidate.missingCodes!.join(', ') })}
          </label>
        )}
        {draft.role !== 'districts' && (
          <label className="field">
            {t('addData.layerName')} <input value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} pattern="[A-Za-z_][A-Za-z0-9_]*" required />
          </label>
        )}
        <fieldset>
          <legend>{t('addData.columns')}</legend>
          {ROLE_SLOTS[draft.role].map((slot) => (
            <label key={slot} className="field">
              {slot}
              <ColumnSelect columns={candidate.columns} value={draft.columns[slot] ?? ''} onChange={(c) => setColumn(slot, c)} label={t('addData.columnFor', { slot })} empty={t('addData.choose')} />
            </label>
          ))}
          {optionalSlots.map((slot) => (
            <label key={slot} className="field">
              {slot} {SLOT_HINTS.has(slot) ? t(`addData.hint.${slot}`) : t('addData.optional')}
              <ColumnSelect columns={candidate.columns} value={draft.columns[slot] ?? ''} onChange={(c) => setColumn(slot, c)} label={t('addData.columnFor', { slot })} empty={t('addData.none')} />
            </label>
          ))}
          {draft.role === 'points' && draft.columns.lon && draft.columns.lat && (
            <button type="button" onClick={() => setDraft((d) => ({ ...d, columns: { ...d.columns, lon: d.columns.lat!, lat: d.columns.lon! } }))}>
              {t('addData.swap')}
            </button>
          )}
        </fieldset>
        {draft.role !== 'districts' && <WhereEditor candidate={candidate} draft={draft} setDraft={setDraft} valuesOf={valuesOf} />}
        {draft.role === 'tiles' && (
          <label className="field">
            {t('addData.groupBy')}
            <select value={draft.by} onChange={(e) => setDraft((d) => ({ ...d, by: e.target.value }))} aria-label={t('addData.groupTilesBy')}>
              <option value="">{t('addData.groupNothing')}</option>
              {candidate.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
        {match && (
          <p className={`join-match ${match.rate < 0.9 ? 'warn' : ''}`} role="status">
            {t('addData.match', { matched: formatWhole(match.matched, locale), total: formatWhole(match.total, locale), share: formatPercent(Math.round(100 * match.rate) / 100, locale, 0) })}
            {match.unmatched.length > 0 && <> — {t('addData.notMatched', { ids: match.unmatched.slice(0, 5).join(', ') })}</>}
          </p>
        )}
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={busy || missing.length > 0}>
            {busy ? t('addData.adding') : t('addData.add')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('run.cancel')}
          </button>
          {missing.length > 0 && <span className="counts">{t('addData.missing', { slots: missing.join(', ') })}</span>}
        </div>
      </form>
    </dialog>
  );
}
