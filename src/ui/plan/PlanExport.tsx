// Export buttons for a plan: the CLI's plan files and the sites as GeoJSON.
import { useMemo } from 'react';
import { downloadText } from '../../app/download.ts';
import { planDownloads } from '../../app/plan-files.ts';
import type { PlanRun } from '../../engine/run-plan.ts';
import { useWords } from '../../i18n/use-words.ts';

export function PlanExport({ run }: { run: PlanRun }) {
  const downloads = useMemo(() => planDownloads(run), [run]);
  const { t } = useWords();
  return (
    <div className="plan-export" role="group" aria-label={t('export.group')}>
      <span>{t('export.label')}</span>
      {downloads.map((d) => (
        <button key={d.name} type="button" onClick={() => downloadText(d.name, d.text(), d.type)}>
          {d.name}
        </button>
      ))}
    </div>
  );
}
