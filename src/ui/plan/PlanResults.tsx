// The open scenario's plan: what it achieves (worded honestly), the selected site and its
// edits, the sites and the districts before → after, and the plan's exports.
import type { ComponentProps } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { candidateInfo, floorStatus } from '../../state/plan-view.ts';
import { capitalFirst, nounsText, type Words } from '../../state/words.ts';
import type { Entry } from '../../state/history.ts';
import { PlanDistrictsTable } from './PlanDistrictsTable.tsx';
import { PlanExport } from './PlanExport.tsx';
import { PlanNetworkSummary } from './PlanNetworkSummary.tsx';
import { PlanRollout } from './PlanRollout.tsx';
import type { PlanningPanel } from './PlanningPanel.tsx';
import { PlanSitesTable } from './PlanSitesTable.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { SitePanel } from './SitePanel.tsx';

type Props = ComponentProps<typeof PlanningPanel>;

/** The last site edit as the undo button names it, in the planner's language. */
function undoText(entry: Entry<unknown> | undefined, words: Words): string | null {
  if (!entry) return null;
  return entry.message ? words.t(entry.message.key, entry.message.values) : entry.label;
}

export function PlanResults({ planning, derived, commands, districtNoun, onSelectSite, onSelectDistrict, onPlacing, onYear }: Props) {
  const { run, outcome, roles, rows, sites } = derived;
  const words = useWords();
  const { t } = words;
  if (!run || !outcome) return <p>{t('results.notYet')}</p>;
  const selected = planning.selectedSite;
  const site = selected >= 0 && selected < roles.length ? { ...candidateInfo(outcome, selected), role: roles[selected]! } : null;
  const stale = JSON.stringify(planning.draft) !== JSON.stringify(run.scenario);
  const nouns = capitalFirst(nounsText(districtNoun, words), words.locale);
  return (
    <>
      <PlanSummary scenario={run.scenario} plan={run.plan} figures={run.figures} floors={floorStatus(run.floors)} districtNames={run.districts.names} demandWeight={run.instance.demandWeight.reduce((a, w) => a + w, 0)} districtNoun={districtNoun} {...(run.phases ? { weightYears: run.phases.figures.weightYears } : {})} />
      {run.network && <PlanNetworkSummary run={run} />}
      <PlanExport run={run} />
      {outcome.rollout && <PlanRollout rollout={outcome.rollout} year={planning.year} onYear={onYear} />}
      <SitePanel
        site={site}
        districtNoun={districtNoun}
        placing={planning.placing}
        undoLabel={undoText(planning.siteHistory.past.at(-1), words)}
        stale={stale}
        running={planning.solving !== null}
        onEdit={(e) => commands.editSite(e)}
        onPlacing={onPlacing}
        onUndo={() => commands.undoSite()}
        onRerun={() => void commands.run()}
        onClose={() => onSelectSite(-1)}
      />
      <h3>{t('results.sites')}</h3>
      <PlanSitesTable rows={sites} selectedSite={selected} districtNoun={districtNoun} onSelect={onSelectSite} />
      <h3>{t('results.districts', { nouns })}</h3>
      <PlanDistrictsTable rows={rows} selectedIndex={planning.selectedDistrict} districtNoun={districtNoun} onSelect={onSelectDistrict} />
    </>
  );
}
