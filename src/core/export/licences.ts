// The sources and licences that travel with every export: one credit line per data file, and
// a warning for every term that limits reuse (non-commercial, share-alike, no derivatives) —
// Ookla's open data is CC BY-NC-SA, Meta's Relative Wealth Index CC BY-NC. A term is shown,
// never dropped; a file with no source listed is named too, so nothing leaves uncredited.
import type { DataSource, Project } from '../project/types.ts';

/** A licence term that limits what may be done with an export. */
export type LicenceTerm = 'non-commercial' | 'share-alike' | 'no-derivatives';

// Creative Commons short codes (BY-NC-SA 4.0) and the words spelt out.
const TERMS: readonly [LicenceTerm, RegExp][] = [
  ['non-commercial', /(^|[^A-Za-z])NC([^A-Za-z]|$)|non[- ]?commercial/i],
  ['share-alike', /(^|[^A-Za-z])SA([^A-Za-z]|$)|share[- ]?alike/i],
  ['no-derivatives', /(^|[^A-Za-z])ND([^A-Za-z]|$)|no[- ]?deriv/i],
];

const MEANING: Record<LicenceTerm, string> = {
  'non-commercial': 'non-commercial use only',
  'share-alike': 'what you publish from it must carry the same licence',
  'no-derivatives': 'no derived works may be shared',
};

/** The limiting terms a licence text names, in a fixed order. */
export function licenceTerms(licence: string | undefined): LicenceTerm[] {
  if (!licence) return [];
  return TERMS.filter(([, pattern]) => pattern.test(licence)).map(([term]) => term);
}

/** One line crediting a source: title, publisher, licence and URL, as the project gives them. */
export function creditLine(source: DataSource): string {
  return [source.title, source.publisher, source.licence ? `licence: ${source.licence}` : 'licence not stated', source.url].filter(Boolean).join(' — ');
}

/** Every file the project reads, as written in it (boundaries, then tables, tiles and points). */
export function projectFiles(project: Project): string[] {
  const layers = [...(project.tables ?? []), ...(project.tiles ?? []), ...(project.points ?? [])];
  return [...new Set([project.districts.file, ...layers.map((l) => l.file)].filter((f) => f !== ''))];
}

/** A licence warning as a code and its values (for the UI to word), with the English text the CLI and exports print. */
export type LicenceNotice =
  | { readonly code: 'limited'; readonly title: string; readonly licence: string; readonly terms: readonly LicenceTerm[]; readonly message: string }
  | { readonly code: 'uncredited'; readonly files: readonly string[]; readonly message: string };

/**
 * What a planner must be told before publishing an export of `project`: each source whose
 * licence limits reuse, and each data file the project lists no source for.
 */
export function licenceNotices(project: Project): LicenceNotice[] {
  const sources = project.sources ?? [];
  const notices: LicenceNotice[] = [];
  for (const s of sources) {
    const terms = licenceTerms(s.licence);
    const licence = s.licence ?? '';
    if (terms.length) notices.push({ code: 'limited', title: s.title, licence, terms, message: `${s.title} is licensed ${licence}: ${terms.map((t) => MEANING[t]).join('; ')}.` });
  }
  const credited = new Set(sources.map((s) => s.file));
  const uncredited = projectFiles(project).filter((f) => !credited.has(f));
  if (uncredited.length) notices.push({ code: 'uncredited', files: uncredited, message: `No source or licence is given for ${uncredited.join(', ')}: add it under "sources" before publishing.` });
  return notices;
}

/** The same warnings in English, one line each, as the CLI, report.json and bundles carry them. */
export function licenceWarnings(project: Project): string[] {
  return licenceNotices(project).map((n) => n.message);
}

/** The credit block every export carries: one line per source, or a note that none is listed. */
export function creditLines(project: Project): string[] {
  const sources = project.sources ?? [];
  return sources.length ? sources.map(creditLine) : ['The project lists no data sources.'];
}
