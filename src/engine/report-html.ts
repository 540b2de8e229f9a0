// The printable report (issue #20): one self-contained HTML page with print CSS, which the
// browser saves as PDF and `lastmile report` writes — the same function for both. It states the
// question (the title), the sources and licences, the method, maps, the district table,
// inequality, the scenarios side by side and the limitations. Every text is escaped (html.ts),
// no script runs (its CSP allows none), and a withheld figure is written "withheld".
import { html, raw, type Html } from '../core/export/html.ts';
import { districtMapSvg } from '../core/export/svg-map.ts';
import type { DistrictColumn } from './district-columns.ts';
import type { ProjectRun } from './project-run.ts';
import { fmt, limitationsSection, methodSection, sourcesSection } from './report-sections.ts';
import type { PlanRun } from './run-plan.ts';

export interface ReportOptions {
  /** The date the report states (ISO, e.g. "2026-11-29"); absent: none (reproducible bytes). */
  readonly date?: string;
  /** Columns to map (districts.csv names); default: the first rate and the composite index. */
  readonly maps?: readonly string[];
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
code { font-size: .9em; }
@page { size: A4; margin: 14mm 12mm; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } section#districts { break-before: page; } }
`);

/** The report of `run` and `plans` as a complete HTML document. */
export function reportHtml(run: ProjectRun, plans: readonly PlanRun[], options: ReportOptions = {}): string {
  const p = run.project;
  const noun = p.districts.noun ?? 'district';
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${p.title}</title><style>${CSS}</style></head>
<body><header><h1>${p.title}</h1><p class="meta">A Lastmile report: ${run.opened.districts.ids.length} ${plural(noun)}, ${run.columns.filter((c) => !c.margin).length} figures per ${noun}${plans.length ? `, ${plans.length} siting scenario${plans.length > 1 ? 's' : ''}` : ''}${options.date ? ` · ${options.date}` : ''}.</p></header>
${sourcesSection(p)}
${methodSection(run, plans)}
<section id="maps"><h2>Maps</h2>${mapColumns(run, options.maps).map((c) => mapFigure(run, c))}${plans.slice(0, 4).map((pl) => planMapFigure(run, pl))}</section>
${districtTable(run, noun)}
${inequalityTable(run)}
${plans.length ? scenarioTable(plans, noun) : ''}
${limitationsSection(run, plans)}
<footer class="meta"><p>Made with Lastmile from the project file and its data; re-run with <code>lastmile run</code> to reproduce every figure.</p></footer>
</body></html>
`;
  return page.text;
}

/** English plural of a district noun ("county" → "counties", "ward" → "wards"). */
export function plural(noun: string): string {
  return /[^aeiou]y$/i.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** A figure as the report prints it, by its unit. */
export function reportFigure(value: number, unit: DistrictColumn['unit']): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent': return `${value.toFixed(1)} %`;
    case 'points': return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} pp`;
    case 'ratio': case 'index': return value.toFixed(3);
    case 'count': return Math.round(value).toLocaleString('en');
    case 'mbps': return `${value.toFixed(1)} Mbps`;
    case 'ms': return `${value.toFixed(0)} ms`;
    default: return String(Math.round(value * 100) / 100);
  }
}

function mapColumns(run: ProjectRun, names: readonly string[] | undefined): DistrictColumn[] {
  const cols = run.columns.filter((c) => !c.margin);
  if (names) return names.map((n) => cols.find((c) => c.name === n)).filter((c): c is DistrictColumn => !!c);
  const firstRate = cols.find((c) => c.unit === 'percent');
  const composite = cols.find((c) => c.name === run.project.composite?.id);
  const chosen = [firstRate, composite].filter((c): c is DistrictColumn => !!c);
  return chosen.length ? chosen : cols.slice(0, 1);
}

function mapFigure(run: ProjectRun, c: DistrictColumn): Html {
  const d = run.opened.districts;
  const svg = districtMapSvg({ title: c.label, geometries: d.geometries, names: d.names, values: c.values, suppressed: c.suppressed, format: (v) => reportFigure(v, c.unit), credits: ['Data: see “Data sources and licences”. Made with Lastmile.'], width: 460 });
  return html`<figure>${svg}<figcaption>${c.label} (<code>${c.name}</code>), quantile classes.</figcaption></figure>`;
}

/** Share of each district's demand covered after the plan (existing and chosen sites). */
function planMapFigure(run: ProjectRun, pl: PlanRun): Html {
  const d = run.opened.districts;
  const f = pl.figures;
  const share = Float64Array.from(f.districtWeight, (w, i) => (w > 0 ? (100 * f.districtAfter[i]!) / w : Number.NaN));
  const title = `Demand covered after the plan: ${pl.scenario.id}`;
  const svg = districtMapSvg({ title, geometries: d.geometries, names: d.names, values: share, format: (v) => reportFigure(v, 'percent'), credits: ['Data: see “Data sources and licences”. Made with Lastmile.'], width: 460 });
  return html`<figure>${svg}<figcaption>${title}: share of each ${run.project.districts.noun ?? 'district'}’s demand weight within ${pl.scenario.radius_m.toLocaleString('en')} m of a site, with its ${pl.sites.length} new sites.</figcaption></figure>`;
}

function districtTable(run: ProjectRun, noun: string): Html {
  const d = run.opened.districts;
  const cols = run.columns.filter((c) => !c.margin);
  return html`<section id="districts"><h2>Figures by ${noun}</h2><table><thead><tr><th scope="col">${noun}</th>${cols.map((c) => html`<th scope="col" class="n" title="${c.name}">${c.label}</th>`)}</tr></thead><tbody>${d.ids.map(
    (id, i) => html`<tr><th scope="row">${d.names[i]!} <span class="meta">${id}</span></th>${cols.map((c) => (c.suppressed?.[i] === 1 ? html`<td class="n withheld">withheld</td>` : html`<td class="n">${reportFigure(c.values[i]!, c.unit)}</td>`))}</tr>`,
  )}</tbody></table></section>`;
}

function inequalityTable(run: ProjectRun): Html {
  const label = new Map(run.columns.map((c) => [c.name, c.label]));
  const n = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(3));
  return html`<section id="inequality"><h2>Inequality across districts</h2><table><thead><tr><th scope="col">Figure</th><th scope="col" class="n">Districts</th><th scope="col" class="n">Gini</th><th scope="col" class="n">Theil</th><th scope="col" class="n">Palma</th><th scope="col">Weighting</th></tr></thead><tbody>${run.inequality.map(
    (r) => html`<tr><td>${label.get(r.indicator) ?? r.indicator}</td><td class="n">${r.n_districts}</td><td class="n">${n(r.gini)}</td><td class="n">${n(r.theil)}</td><td class="n">${n(r.palma)}</td><td>${r.weighting}</td></tr>`,
  )}</tbody></table></section>`;
}

function scenarioTable(plans: readonly PlanRun[], noun: string): Html {
  const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)} %` : '—');
  const rows = plans.map((pl) => {
    const total = pl.instance.demandWeight.reduce((a, b) => a + b, 0);
    const kept = pl.floors.filter((f) => f.kept).length;
    const gini = (g: number | null) => (g === null ? '—' : g.toFixed(3));
    return html`<tr><th scope="row">${pl.scenario.label ?? pl.scenario.id}</th><td class="n">${pl.sites.length}</td><td class="n">${fmt(pl.figures.cost)}</td><td class="n">${pct(pl.figures.coveredWeight, total)}</td><td class="n">${pct(pl.figures.newlyCoveredWeight, total)}</td><td class="n">${(100 * pl.figures.minDistrictShare).toFixed(1)} %</td><td class="n">${pl.floors.length ? `${kept} of ${pl.floors.length}` : 'none'}</td><td class="n">${gini(pl.inequality.giniBefore)} → ${gini(pl.inequality.giniAfter)}</td><td>${pl.plan.solver}${pl.plan.gap !== null ? `, gap ${(100 * pl.plan.gap).toFixed(2)} %` : ''}</td></tr>`;
  });
  return html`<section id="scenarios"><h2>Scenarios compared</h2><table><thead><tr><th scope="col">Scenario</th><th scope="col" class="n">Sites</th><th scope="col" class="n">Cost</th><th scope="col" class="n">Demand covered</th><th scope="col" class="n">Newly covered</th><th scope="col" class="n">Worst ${noun}</th><th scope="col" class="n">Floors kept</th><th scope="col" class="n">Gini of coverage</th><th scope="col">Solver</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
