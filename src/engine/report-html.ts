// The printable report (issue #20): one self-contained HTML page with print CSS, which the
// browser saves as PDF and `lastmile report` writes — the same function for both. It states the
// question (the title), the sources and licences, the method, maps, the district table,
// inequality, the scenarios side by side and the limitations, in the language it is given
// (report-words.ts; English by default). Every text is escaped (html.ts), no script runs (its
// CSP allows none), and a withheld figure is written "withheld" in that language.
import { html, raw, type Html } from '../core/export/html.ts';
import { districtMapSvg } from '../core/export/svg-map.ts';
import { columnLabel } from '../state/measures.ts';
import type { DistrictColumn } from './district-columns.ts';
import type { ProjectRun } from './project-run.ts';
import { limitationsSection, methodSection, sourcesSection } from './report-sections.ts';
import { catalogueReportLanguage, type ReportLanguage } from './report-words.ts';
import type { PlanRun } from './run-plan.ts';

export interface ReportOptions {
  /** The date the report states (ISO, e.g. "2026-11-29"); absent: none (reproducible bytes). */
  readonly date?: string;
  /** Columns to map (districts.csv names); default: the first rate and the composite index. */
  readonly maps?: readonly string[];
  /** The language to write it in (words and numbers); default English. */
  readonly language?: ReportLanguage;
}

const CSS = raw(`
:root { font: 10.5pt/1.4 system-ui, sans-serif; color: #1a1a1a; }
body { max-width: 190mm; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; } h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; margin-top: 1.6em; } h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; font-size: .85em; margin: .5em 0; }
th, td { border-bottom: 1px solid #e2e2e2; padding: .2em .4em; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.withheld { color: #7a4d00; font-style: italic; }
.warning { border-left: 4px solid #b35c00; background: #fff4e5; padding: .4em .8em; margin: .6em 0; }
.meta, .credits-line, figcaption { color: #555; font-size: .85em; }
figure { margin: 1em 0; break-inside: avoid; display: inline-block; vertical-align: top; width: 48%; margin-right: 2%; } svg { max-width: 100%; height: auto; }
code { font-size: .9em; overflow-wrap: anywhere; }
@media screen and (max-width: 40rem) { figure { width: 100%; margin-right: 0; } table { display: block; overflow-x: auto; } }
@page { size: A4; margin: 14mm 12mm; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } section#districts { break-before: page; } }
`);

// Right-to-left pages (Arabic) mirror the tables and the warning bar; the maps' SVG keeps
// left-to-right placement, since its text is positioned by x from the left. The project's own
// text (a title, file paths, names in cells) takes the direction of its first letter, so an
// English title keeps its question mark at its end.
const RTL_CSS = raw(`
th, td { text-align: right; } td.n, th.n { text-align: left; }
h1, code, th, td { unicode-bidi: plaintext; }
.warning { border-left: 0; border-right: 4px solid #b35c00; }
figure { margin-right: 0; margin-left: 2%; } svg { direction: ltr; }
@media screen and (max-width: 40rem) { figure { margin-left: 0; } }
`);

/** The report of `run` and `plans` as a complete HTML document. */
export function reportHtml(run: ProjectRun, plans: readonly PlanRun[], options: ReportOptions = {}): string {
  const p = run.project;
  const lang = options.language ?? catalogueReportLanguage();
  const { tx, num } = lang;
  const noun = p.districts.noun ?? 'district';
  const figures = run.columns.filter((c) => !c.margin).length;
  const count = run.opened.districts.ids.length;
  const meta = html`${tx('report.meta', { districts: num.int(count), nouns: lang.nouns(noun, count), figures: num.int(figures), noun: lang.words.t(`noun.${noun}`, { count: 1, defaultValue: noun }) })}${plans.length ? tx('report.meta.scenarios', { count: plans.length, n: num.int(plans.length) }) : ''}${options.date ? ` · ${options.date}` : ''}.`;
  const page = html`<!doctype html>
<html lang="${lang.tag}"${lang.rtl ? raw(' dir="rtl"') : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${p.title}</title><style>${CSS}${lang.rtl ? RTL_CSS : ''}</style></head>
<body><header><h1>${p.title}</h1><p class="meta">${meta}</p></header>
${sourcesSection(p, lang)}
${methodSection(run, plans, lang)}
<section id="maps"><h2>${tx('report.maps.heading')}</h2>${mapColumns(run, options.maps).map((c) => mapFigure(run, c, lang))}${plans.slice(0, 4).map((pl) => planMapFigure(run, pl, lang))}</section>
${districtTable(run, noun, lang)}
${inequalityTable(run, lang)}
${plans.length ? scenarioTable(plans, noun, lang) : ''}
${limitationsSection(run, plans, lang)}
<footer class="meta"><p>${tx('report.footer')}</p></footer>
</body></html>
`;
  return page.text;
}

/** A figure as the report prints it, by its unit (English unless `language` is given). */
export function reportFigure(value: number, unit: DistrictColumn['unit'], language: ReportLanguage = catalogueReportLanguage()): string {
  return language.num.figure(value, unit);
}

/** A column's name in the report's language (the project's own names stay as written). */
function label(c: DistrictColumn, lang: ReportLanguage): string {
  return lang.tag === 'en' ? c.label : columnLabel(c.code, lang.words);
}

function mapColumns(run: ProjectRun, names: readonly string[] | undefined): DistrictColumn[] {
  const cols = run.columns.filter((c) => !c.margin);
  if (names) return names.map((n) => cols.find((c) => c.name === n)).filter((c): c is DistrictColumn => !!c);
  const firstRate = cols.find((c) => c.unit === 'percent');
  const composite = cols.find((c) => c.name === run.project.composite?.id);
  const chosen = [firstRate, composite].filter((c): c is DistrictColumn => !!c);
  return chosen.length ? chosen : cols.slice(0, 1);
}

function mapFigure(run: ProjectRun, c: DistrictColumn, lang: ReportLanguage): Html {
  const d = run.opened.districts;
  const title = label(c, lang);
  const svg = districtMapSvg({ title, geometries: d.geometries, names: d.names, values: c.values, suppressed: c.suppressed, format: (v) => lang.num.figure(v, c.unit), credits: [lang.words.t('report.maps.credits')], width: 460, words: lang.map });
  return html`<figure>${svg}<figcaption>${title} (<code>${c.name}</code>), ${lang.tx('report.maps.quantiles')}</figcaption></figure>`;
}

/** Share of each district's demand covered after the plan (existing and chosen sites). */
function planMapFigure(run: ProjectRun, pl: PlanRun, lang: ReportLanguage): Html {
  const d = run.opened.districts;
  const f = pl.figures;
  const share = Float64Array.from(f.districtWeight, (w, i) => (w > 0 ? (100 * f.districtAfter[i]!) / w : Number.NaN));
  const title = lang.words.t('report.maps.planTitle', { scenario: pl.scenario.id });
  const svg = districtMapSvg({ title, geometries: d.geometries, names: d.names, values: share, format: (v) => lang.num.figure(v, 'percent'), credits: [lang.words.t('report.maps.credits')], width: 460, words: lang.map });
  const noun = lang.words.t(`noun.${run.project.districts.noun ?? 'district'}`, { count: 1, defaultValue: run.project.districts.noun ?? 'district' });
  return html`<figure>${svg}<figcaption>${lang.tx('report.maps.planCaption', { title, noun, radius: lang.num.grouped(pl.scenario.radius_m), sites: lang.num.int(pl.sites.length) })}</figcaption></figure>`;
}

function districtTable(run: ProjectRun, noun: string, lang: ReportLanguage): Html {
  const d = run.opened.districts;
  const cols = run.columns.filter((c) => !c.margin);
  const word = lang.words.t(`noun.${noun}`, { count: 1, defaultValue: noun });
  const withheld = lang.tx('report.withheld');
  return html`<section id="districts"><h2>${lang.tx('report.districts.heading', { noun: word })}</h2><table><thead><tr><th scope="col">${word}</th>${cols.map((c) => html`<th scope="col" class="n" title="${c.name}">${label(c, lang)}</th>`)}</tr></thead><tbody>${d.ids.map(
    (id, i) => html`<tr><th scope="row">${d.names[i]!} <span class="meta">${id}</span></th>${cols.map((c) => (c.suppressed?.[i] === 1 ? html`<td class="n withheld">${withheld}</td>` : html`<td class="n">${lang.num.figure(c.values[i]!, c.unit)}</td>`))}</tr>`,
  )}</tbody></table></section>`;
}

function inequalityTable(run: ProjectRun, lang: ReportLanguage): Html {
  const { tx, num } = lang;
  const labels = new Map(run.columns.map((c) => [c.name, label(c, lang)]));
  const n = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : num.fixed(x, 3));
  return html`<section id="inequality"><h2>${tx('report.inequality.heading')}</h2><table><thead><tr><th scope="col">${tx('report.inequality.figure')}</th><th scope="col" class="n">${tx('report.inequality.districts')}</th><th scope="col" class="n">${tx('report.inequality.gini')}</th><th scope="col" class="n">${tx('report.inequality.theil')}</th><th scope="col" class="n">${tx('report.inequality.palma')}</th><th scope="col">${tx('report.inequality.weighting')}</th></tr></thead><tbody>${run.inequality.map(
    (r) => html`<tr><td>${labels.get(r.indicator) ?? r.indicator}</td><td class="n">${num.int(r.n_districts)}</td><td class="n">${n(r.gini)}</td><td class="n">${n(r.theil)}</td><td class="n">${n(r.palma)}</td><td>${tx(`report.weighting.${r.weighting}`)}</td></tr>`,
  )}</tbody></table></section>`;
}

function scenarioTable(plans: readonly PlanRun[], noun: string, lang: ReportLanguage): Html {
  const { tx, num } = lang;
  const pct = (a: number, b: number) => (b > 0 ? num.percent((100 * a) / b, 1) : '—');
  const rows = plans.map((pl) => {
    const total = pl.instance.demandWeight.reduce((a, b) => a + b, 0);
    const kept = pl.floors.filter((f) => f.kept).length;
    const gini = (g: number | null) => (g === null ? '—' : num.fixed(g, 3));
    return html`<tr><th scope="row">${pl.scenario.label ?? pl.scenario.id}</th><td class="n">${num.int(pl.sites.length)}</td><td class="n">${num.amount(pl.figures.cost)}</td><td class="n">${pct(pl.figures.coveredWeight, total)}</td><td class="n">${pct(pl.figures.newlyCoveredWeight, total)}</td><td class="n">${num.percent(100 * pl.figures.minDistrictShare, 1)}</td><td class="n">${pl.floors.length ? tx('report.scenarios.kept', { kept: num.int(kept), floors: num.int(pl.floors.length) }) : tx('report.scenarios.none')}</td><td class="n">${gini(pl.inequality.giniBefore)} → ${gini(pl.inequality.giniAfter)}</td><td>${pl.plan.solver}${pl.plan.gap !== null ? tx('report.scenarios.gap', { gap: num.percent(100 * pl.plan.gap, 2) }) : ''}</td></tr>`;
  });
  const word = lang.words.t(`noun.${noun}`, { count: 1, defaultValue: noun });
  return html`<section id="scenarios"><h2>${tx('report.scenarios.heading')}</h2><table><thead><tr><th scope="col">${tx('report.scenarios.scenario')}</th><th scope="col" class="n">${tx('report.scenarios.sites')}</th><th scope="col" class="n">${tx('report.scenarios.cost')}</th><th scope="col" class="n">${tx('report.scenarios.covered')}</th><th scope="col" class="n">${tx('report.scenarios.newlyCovered')}</th><th scope="col" class="n">${tx('report.scenarios.worst', { noun: word })}</th><th scope="col" class="n">${tx('report.scenarios.floors')}</th><th scope="col" class="n">${tx('report.scenarios.gini')}</th><th scope="col">${tx('report.scenarios.solver')}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
