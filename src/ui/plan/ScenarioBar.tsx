// The scenarios of the project: pick one to edit, start a new one, copy or delete the open one.
import { useId } from 'react';
import type { Scenario } from '../../core/project/types.ts';
import { useWords } from '../../i18n/use-words.ts';

interface Props {
  scenarios: readonly Scenario[];
  /** The scenario open in the editor (possibly a draft not yet in the project). */
  open: Scenario | null;
  busy: boolean;
  onOpen(id: string): void;
  onNew(copy: boolean): void;
  onDelete(id: string): void;
}

export function ScenarioBar({ scenarios, open, busy, onOpen, onNew, onDelete }: Props) {
  const id = useId();
  const { t } = useWords();
  const listed = open && !scenarios.some((s) => s.id === open.id) ? [...scenarios, open] : scenarios;
  return (
    <div className="scenario-bar">
      <label htmlFor={id}>{t('scenario.label')}</label>
      <select id={id} value={open?.id ?? ''} disabled={busy || listed.length === 0} onChange={(e) => onOpen(e.target.value)}>
        {listed.length === 0 && <option value="">{t('scenario.noneYet')}</option>}
        {listed.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label ?? s.id}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy} onClick={() => onNew(false)}>
        {t('scenario.new')}
      </button>
      <button type="button" disabled={busy || !open} onClick={() => onNew(true)}>
        {t('scenario.duplicate')}
      </button>
      <button type="button" disabled={busy || !open} onClick={() => open && onDelete(open.id)}>
        {t('scenario.delete')}
      </button>
    </div>
  );
}
