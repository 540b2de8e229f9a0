// What the Export menu offers besides the CLI's own files: district figures as GeoJSON and
// GeoParquet, inequality as Parquet, the printable report and the plan bundle — each made when
// asked for, from the open project's last run and its current plans — and the licence
// warnings the planner must see before sharing any of them.
import { licenceNotices, type LicenceNotice } from '../core/export/licences.ts';
import type { Project } from '../core/project/types.ts';
import { districtsGeoJsonFile, districtsGeoParquet, inequalityParquet } from '../engine/district-exports.ts';
import type { TableConverter } from '../engine/bundle-parquet.ts';
import type { FileSource } from '../engine/file-source.ts';
import { reportHtml } from '../engine/report-html.ts';
import { catalogueReportLanguage, reportLanguage } from '../engine/report-words.ts';
import type { Language } from '../i18n/languages.ts';
import type { Words } from '../state/words.ts';
import type { PlanRun } from '../engine/run-plan.ts';
import type { ProjectRun } from '../engine/run-project.ts';
import { currentPlans, studyBundle } from './study-bundle.ts';

export interface StudyDownload {
  readonly name: string;
  readonly type: string;
  /** What the menu says. */
  readonly label: string;
  data(): Promise<string | Uint8Array>;
}

export interface StudyExports {
  /** Licence terms and uncredited files, said before any export (licences.ts). */
  readonly warnings: readonly LicenceNotice[];
  readonly downloads: readonly StudyDownload[];
}

/** The language the planner reads: their words (i18next's, for `language`) — the report is written in it. */
export interface ExportLanguage {
  readonly words: Words;
  readonly language: Language;
}

export interface StudyExportOptions {
  /** The report's language (English when absent). */
  readonly reader?: ExportLanguage;
  /** Stores the bundle's large tables as Parquet (engine/bundle-parquet.ts); kept as read when absent. */
  readonly convert?: TableConverter;
}

/** The exports of `run` (with `project` as it is now, and every plan that is still its scenario's). */
export function studyExports(project: Project, run: ProjectRun, plans: readonly PlanRun[], files: FileSource, stem: string, options: StudyExportOptions = {}): StudyExports {
  const current = currentPlans(project, plans);
  const { reader, convert } = options;
  const language = reader ? reportLanguage(reader.words, reader.language) : catalogueReportLanguage();
  const at = { ...run, project: { ...run.project, ...(project.sources ? { sources: project.sources } : {}) } };
  return {
    warnings: licenceNotices(project),
    downloads: [
      { name: 'districts.geojson', type: 'application/geo+json', label: 'districts.geojson (figures and outlines)', data: async () => districtsGeoJsonFile(at) },
      { name: 'districts.parquet', type: 'application/vnd.apache.parquet', label: 'districts.parquet (GeoParquet)', data: async () => districtsGeoParquet(at) },
      { name: 'inequality.parquet', type: 'application/vnd.apache.parquet', label: 'inequality.parquet', data: async () => inequalityParquet(at) },
      { name: `${stem}.report.html`, type: 'text/html', label: 'Printable report (HTML → print to PDF)', data: async () => reportHtml(at, current, { date: new Date().toISOString().slice(0, 10), language }) },
      { name: `${stem}.lastmile.zip`, type: 'application/zip', label: `Plan bundle (.lastmile.zip${current.length ? `, ${current.length} plan${current.length > 1 ? 's' : ''}` : ''})`, data: () => studyBundle(project, run, plans, files, convert) },
    ],
  };
}
