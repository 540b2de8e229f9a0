// The open scenario's plan: what it achieves (worded honestly), the selected site and its
// edits, the sites and the districts before → after, and the plan's exports.
import type { ComponentProps } from 'react';
import { candidateInfo, floorStatus } from '../../state/plan-view.ts';
import { PlanDistrictsTable } from './PlanDistrictsTable.tsx';
import { PlanExport } from './PlanExport.tsx';
import { PlanNetworkSummary } from './PlanNetworkSummary.tsx';
import { PlanRollout } from './PlanRollout.tsx';
import type { PlanningPanel } from './PlanningPanel.tsx';
import { PlanSitesTable } from './PlanSitesTable.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { SitePanel } from './SitePanel.tsx';

type Props = ComponentProps<typeof PlanningPanel>;

export function PlanResults({ planning, derived, commands, districtNoun, onSelectSite, onSelectDistrict, onPlacing, onYear }: Props) {
  const { run, outcome, roles, rows, sites } = derived;
  if (!run || !outcome) return <p>This scenario has not been planned yet: press Run.</p>;
  const selected = planning.selectedSite;
  const site = selected >= 0 && selected < roles.length ? { ...candidateInfo(outcome, selected), role: roles[selected]! } : null;
  const stale = JSON.stringify(planning.draft) !== JSON.stringify(run.scenario);
  const noun = districtNoun.charAt(0).toUpperCase() + districtNoun.slice(1);
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
        undoLabel={planning.siteHistory.past.at(-1)?.label ?? null}
        stale={stale}
        running={planning.solving !== null}
        onEdit={(e) => commands.editSite(e)}
        onPlacing={onPlacing}
        onUndo={() => commands.undoSite()}
        onRerun={() => void commands.run()}
        onClose={() => onSelectSite(-1)}
      />
      <h3>Sites</h3>
      <PlanSitesTable rows={sites} selectedSite={selected} districtNoun={districtNoun} onSelect={onSelectSite} />
      <h3>{noun}s before → after</h3>
      <PlanDistrictsTable rows={rows} selectedIndex={planning.selectedDistrict} districtNoun={districtNoun} onSelect={onSelectDistrict} />
    </>
  );
}
