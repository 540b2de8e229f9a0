// The files a plan leaves the app as: the very files `lastmile plan` writes (plan.<id>.csv and
// .json, and .links.csv for a community network, byte for byte for the same plan) and its sites as GeoJSON for GIS tools.
import { planSitesGeoJson } from '../engine/plan-geojson.ts';
import { planFiles } from '../engine/plan-outputs.ts';
import type { PlanRun } from '../engine/run-plan.ts';

export interface PlanDownload {
  readonly name: string;
  readonly type: string;
  text(): string;
}

/** Every export of `run`, made when asked for. */
export function planDownloads(run: PlanRun): PlanDownload[] {
  const id = run.scenario.id;
  return [
    { name: `plan.${id}.csv`, type: 'text/csv', text: () => planFiles(run)[`plan.${id}.csv`]! },
    { name: `plan.${id}.json`, type: 'application/json', text: () => planFiles(run)[`plan.${id}.json`]! },
    { name: `plan.${id}.geojson`, type: 'application/geo+json', text: () => planSitesGeoJson(run) },
    ...(run.network ? [{ name: `plan.${id}.links.csv`, type: 'text/csv', text: () => planFiles(run)[`plan.${id}.links.csv`]! }] : []),
  ];
}
