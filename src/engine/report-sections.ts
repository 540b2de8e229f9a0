// The parts of the printable report that describe how the figures were made: the sources (with
// licence warnings), the method (indicators, composite weights, small-number rules,
// inequality, each plan's solver and gap) and the limitations a reader must know — each in the
// report's language (report-words.ts).
import { licenceNotices } from '../core/export/licences.ts';
import { html, type Html } from '../core/export/html.ts';
import { isRateIndicator, type Project } from '../core/project/types.ts';
import type { PlanRun } from './run-plan.ts';
import type { ProjectRun } from './project-run.ts';
import { catalogueReportLanguage, type ReportLanguage } from './report-words.ts';
import { planNotesText } from '../state/plan-note-text.ts';

/** Data sources: one row per credited file, then every licence warning (as licences.ts finds them). */
export function sourcesSection(project: Project, lang: ReportLanguage = catalogueReportLanguage()): Html {
  const { tx } = lang;
  const sources = project.sources ?? [];
  const warnings = licenceWarningTexts(project, lang);
  return html`<section id="sources"><h2>${tx('report.sources.heading')}</h2>
${sources.length ? html`<table><thead><tr><th scope="col">${tx('report.sources.data')}</th><th scope="col">${tx('report.sources.publisher')}</th><th scope="col">${tx('report.sources.licence')}</th><th scope="col">${tx('report.sources.file')}</th></tr></thead><tbody>${sources.map((s) => html`<tr><td>${s.url ? html`<a href="${safeUrl(s.url)}">${s.title}</a>` : s.title}</td><td>${s.publisher ?? ''}</td><td>${s.licence ?? tx('report.sources.notStated')}</td><td><code>${s.file}</code></td></tr>`)}</tbody></table>` : html`<p>${tx('report.sources.none')}</p>`}
${warnings.length ? html`<div class="warning" role="note"><strong>${tx('report.sources.warnings')}</strong><ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : ''}</section>`;
}

/** The licence warnings licences.ts finds (the same notices as the export menu and the CLI), worded in the report's language. */
function licenceWarningTexts(project: Project, lang: ReportLanguage): string[] {
  const { words } = lang;
  return licenceNotices(project).map((n) =>
    n.code === 'limited'
      ? words.t('report.licence.limited', { title: n.title, licence: n.licence, terms: n.terms.map((t) => words.t(`report.licence.${t}`)).join(words.t('report.list.semicolon')) })
      : words.t('report.licence.uncredited', { files: n.files.join(words.t('report.list.comma')) }),
  );
}

/** How each figure was computed, with the weights, rules and solver settings that shaped it. */
export function methodSection(run: ProjectRun, plans: readonly PlanRun[], lang: ReportLanguage = catalogueReportLanguage()): Html {
  const { tx, num, words } = lang;
  const p = run.project;
  const s = p.suppression;
  const composite = p.composite;
  const comma = words.t('report.list.comma');
  const minimums = s ? [s.min_people !== undefined ? words.t('report.method.minPeople', { count: s.min_people, n: num.grouped(s.min_people) }) : '', s.min_tests !== undefined ? words.t('report.method.minTests', { count: s.min_tests, n: num.int(s.min_tests) }) : '', s.min_devices !== undefined ? words.t('report.method.minDevices', { count: s.min_devices, n: num.int(s.min_devices) }) : ''].filter(Boolean) : [];
  return html`<section id="method"><h2>${tx('report.method.heading')}</h2>
<h3>${tx('report.method.indicators')}</h3><ul>${(p.indicators ?? []).map((i) =>
    isRateIndicator(i)
      ? html`<li><strong>${i.label ?? i.id}</strong> (<code>${i.id}</code>, ${tx('report.method.table', { table: i.table })}): ${tx('report.method.perGroup')} ${Object.entries(i.rate).map(([g, [n, d]]) => html`<em>${g}</em> = ${n} ÷ ${d}; `)}${(i.gaps ?? []).length ? tx('report.method.gaps', { gaps: (i.gaps ?? []).map(([a, b]) => `${a} − ${b}`).join(comma), parity: (i.gaps ?? []).map(([a, b]) => `${b} ÷ ${a}`).join(comma) }) : ''}</li>`
      : html`<li><strong>${i.label ?? i.id}</strong> (<code>${i.id}</code>, ${tx('report.method.table', { table: i.table })}): ${i.unit ? tx('report.method.valueUnit', { column: i.value, unit: i.unit }) : tx('report.method.value', { column: i.value })}</li>`,
  )}${(p.points ?? []).map((l) => html`<li><code>points.${l.name}.count</code>: ${l.value ? tx('report.method.pointsSum', { file: l.file.split('/').pop() ?? l.file, value: l.value }) : tx('report.method.points', { file: l.file.split('/').pop() ?? l.file })}</li>`)}${(p.tiles ?? []).map((t) => html`<li><code>tiles.${t.name}.*</code>: ${tx('report.method.tiles', { threshold: num.int(t.threshold_mbps ?? 25) })}</li>`)}</ul>
${composite ? html`<h3>${tx('report.method.composite')} <code>${composite.id}</code></h3><p>${composite.label ? `${composite.label}. ` : ''}${tx('report.method.normalisation', { normalisation: composite.normalisation ?? 'min-max' })}</p><table><thead><tr><th scope="col">${tx('report.method.pillar')}</th><th scope="col">${tx('report.method.weight')}</th><th scope="col">${tx('report.method.measures')}</th></tr></thead><tbody>${composite.pillars.map((pl) => html`<tr><td>${pl.name}</td><td>${weight(pl.weight, lang)}</td><td>${pl.indicators.map((m) => `${m.measure} (${m.direction}, ${weight(m.weight, lang)})`).join(words.t('report.list.semicolon'))}</td></tr>`)}</tbody></table>` : ''}
<h3>${tx('report.method.smallNumbers')}</h3><p>${minimums.length ? tx('report.method.withheldWhen', { minimums: minimums.join(words.t('report.list.or')) }) : tx('report.method.noProtection')}</p>
<h3>${tx('report.inequality.heading')}</h3><p>${tx(run.population ? 'report.method.inequalityWeighted' : 'report.method.inequalityUnweighted')}${run.regions ? html` ${tx('report.method.theilRegions')}` : ''}</p>
${plans.length ? html`<h3>${tx('report.method.plans')}</h3><ul>${plans.map((pl) => html`<li><strong>${pl.scenario.label ?? pl.scenario.id}</strong>: ${tx('report.method.plan', { objective: words.t(pl.instance.objective === 'maximin' ? 'report.method.maximin' : 'report.method.coverage'), radius: num.grouped(pl.scenario.radius_m), solver: pl.plan.solver, status: pl.plan.status })}${pl.plan.bound !== null ? tx('report.method.bound', { bound: num.amount(pl.plan.bound) }) : ''}${pl.plan.gap !== null ? tx('report.method.gap', { gap: num.percent(100 * pl.plan.gap, 2) }) : tx('report.method.noBound')}.</li>`)}</ul>` : ''}
</section>`;
}

/** A composite weight as written in the project (1 when it gives none). */
function weight(w: number | undefined, lang: ReportLanguage): string {
  return lang.num.int(w ?? 1);
}

/** What the figures cannot say, from this run's own report and settings. */
export function limitationsSection(run: ProjectRun, plans: readonly PlanRun[], lang: ReportLanguage = catalogueReportLanguage()): Html {
  const { tx, num } = lang;
  const r = run.report;
  const items: Html[] = [];
  for (const f of r.files) if (f.rows_rejected > 0) items.push(tx('report.limits.rejected', { file: f.file, rejected: num.grouped(f.rows_rejected), rows: num.grouped(f.rows_read + f.rows_rejected) }));
  for (const t of r.tables) if (t.ids_not_in_boundaries.count > 0) items.push(tx('report.limits.unmatched', { table: t.name, n: num.int(t.ids_not_in_boundaries.count) }));
  for (const i of r.indicators) if (i.districts_without_value > 0) items.push(tx('report.limits.noValue', { indicator: i.id, n: num.int(i.districts_without_value) }));
  for (const pt of r.points) if (pt.outside_every_district + pt.missing_coordinates > 0) items.push(tx('report.limits.points', { layer: pt.name, outside: num.int(pt.outside_every_district), missing: num.int(pt.missing_coordinates) }));
  const withheld = run.columns.reduce((n, c) => n + (c.suppressed ? c.suppressed.reduce((a, b) => a + b, 0) : 0), 0);
  if (withheld) items.push(tx('report.limits.withheld', { n: num.int(withheld) }));
  if (!run.project.suppression) items.push(tx('report.limits.noProtection'));
  items.push(tx('report.limits.counts'));
  if (plans.length) items.push(tx('report.limits.coverage'));
  for (const pl of plans) for (const m of planNotesText(pl.plan, lang.words)) items.push(html`${pl.scenario.id}: ${m}`);
  return html`<section id="limitations"><h2>${tx('report.limits.heading')}</h2><ul>${items.map((i) => html`<li>${i}</li>`)}</ul></section>`;
}

/** An http(s) URL, or "#" for anything else (a source's URL is the planner's text). */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
