// The parts of the printable report that describe how the figures were made: the sources (with
// licence warnings), the method (indicators, composite weights, small-number rules,
// inequality, each plan's solver and gap) and the limitations a reader must know.
import { licenceWarnings } from '../core/export/licences.ts';
import { html, type Html } from '../core/export/html.ts';
import { isRateIndicator, type Project } from '../core/project/types.ts';
import type { PlanRun } from './run-plan.ts';
import type { ProjectRun } from './project-run.ts';

/** Data sources: one row per credited file, then every licence warning. */
export function sourcesSection(project: Project): Html {
  const sources = project.sources ?? [];
  const warnings = licenceWarnings(project);
  return html`<section id="sources"><h2>Data sources and licences</h2>
${sources.length ? html`<table><thead><tr><th scope="col">Data</th><th scope="col">Publisher</th><th scope="col">Licence</th><th scope="col">File</th></tr></thead><tbody>${sources.map((s) => html`<tr><td>${s.url ? html`<a href="${safeUrl(s.url)}">${s.title}</a>` : s.title}</td><td>${s.publisher ?? ''}</td><td>${s.licence ?? 'not stated'}</td><td><code>${s.file}</code></td></tr>`)}</tbody></table>` : html`<p>The project lists no data sources.</p>`}
${warnings.length ? html`<div class="warning" role="note"><strong>Licence terms to respect when you share this report:</strong><ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : ''}</section>`;
}

/** How each figure was computed, with the weights, rules and solver settings that shaped it. */
export function methodSection(run: ProjectRun, plans: readonly PlanRun[]): Html {
  const p = run.project;
  const s = p.suppression;
  const composite = p.composite;
  return html`<section id="method"><h2>Method</h2>
<h3>Indicators</h3><ul>${(p.indicators ?? []).map((i) =>
    isRateIndicator(i)
      ? html`<li><strong>${i.label ?? i.id}</strong> (<code>${i.id}</code>, table ${i.table}): per group, 100 × ${Object.entries(i.rate).map(([g, [num, den]]) => html`<em>${g}</em> = ${num} ÷ ${den}; `)}${(i.gaps ?? []).length ? html`gaps in percentage points: ${(i.gaps ?? []).map(([a, b]) => `${a} − ${b}`).join(', ')}; parity = ${(i.gaps ?? []).map(([a, b]) => `${b} ÷ ${a}`).join(', ')}.` : ''}</li>`
      : html`<li><strong>${i.label ?? i.id}</strong> (<code>${i.id}</code>, table ${i.table}): the column ${i.value} as published${i.unit ? ` (${i.unit})` : ''}.</li>`,
  )}${(p.points ?? []).map((l) => html`<li><code>points.${l.name}.count</code>: points of ${l.file.split('/').pop()} in each district${l.value ? `, and their ${l.value} summed` : ''}.</li>`)}${(p.tiles ?? []).map((t) => html`<li><code>tiles.${t.name}.*</code>: speed-test tiles placed by their quadkey centre; speeds are test-weighted means (Ookla's method); slow = below ${t.threshold_mbps ?? 25} Mbps.</li>`)}</ul>
${composite ? html`<h3>Composite index <code>${composite.id}</code></h3><p>${composite.label ? `${composite.label}. ` : ''}Normalisation: ${composite.normalisation ?? 'min-max'}; pillars averaged with their weights, measures within a pillar likewise.</p><table><thead><tr><th scope="col">Pillar</th><th scope="col">Weight</th><th scope="col">Measures (direction, weight)</th></tr></thead><tbody>${composite.pillars.map((pl) => html`<tr><td>${pl.name}</td><td>${pl.weight ?? 1}</td><td>${pl.indicators.map((m) => `${m.measure} (${m.direction}, ${m.weight ?? 1})`).join('; ')}</td></tr>`)}</tbody></table>` : ''}
<h3>Small-number protection</h3><p>${s && (s.min_people !== undefined || s.min_tests !== undefined || s.min_devices !== undefined) ? html`A figure is withheld — in this report, every export and on the map — when it rests on fewer than ${[s.min_people !== undefined ? `${s.min_people.toLocaleString('en')} people` : '', s.min_tests !== undefined ? `${s.min_tests} tests` : '', s.min_devices !== undefined ? `${s.min_devices} devices` : ''].filter(Boolean).join(', or ')}. A gap or parity is withheld when either of its rates is.` : 'None: the project sets no minimum, so every figure is shown however few people it rests on.'}</p>
<h3>Inequality across districts</h3><p>Gini, Theil and Palma (top 10 % ÷ bottom 40 %) of each column across districts, ${run.population ? 'weighted by population' : 'unweighted (the project names no population column)'}; defined for non-negative figures only.${run.regions ? ' Theil is split into between- and within-region parts.' : ''}</p>
${plans.length ? html`<h3>Siting plans</h3><ul>${plans.map((pl) => html`<li><strong>${pl.scenario.label ?? pl.scenario.id}</strong>: ${pl.instance.objective === 'maximin' ? 'raise the worst-covered district' : 'cover the most demand'} within ${pl.scenario.radius_m.toLocaleString('en')} m (great-circle distance); solved by the ${pl.plan.solver} solver (status ${pl.plan.status})${pl.plan.bound !== null ? `, bound ${fmt(pl.plan.bound)}` : ''}${pl.plan.gap !== null ? `, optimality gap ${(100 * pl.plan.gap).toFixed(2)} %` : ', no proven bound'}.</li>`)}</ul>` : ''}
</section>`;
}

/** What the figures cannot say, from this run's own report and settings. */
export function limitationsSection(run: ProjectRun, plans: readonly PlanRun[]): Html {
  const r = run.report;
  const items: string[] = [];
  for (const f of r.files) if (f.rows_rejected > 0) items.push(`${f.file}: ${f.rows_rejected.toLocaleString('en')} of ${(f.rows_read + f.rows_rejected).toLocaleString('en')} rows could not be used (see report.json).`);
  for (const t of r.tables) if (t.ids_not_in_boundaries.count > 0) items.push(`Table ${t.name}: ${t.ids_not_in_boundaries.count} district ids match no boundary and are left out.`);
  for (const i of r.indicators) if (i.districts_without_value > 0) items.push(`${i.id}: no value for ${i.districts_without_value} districts.`);
  for (const pt of r.points) if (pt.outside_every_district + pt.missing_coordinates > 0) items.push(`${pt.name}: ${pt.outside_every_district} points fall outside every district and ${pt.missing_coordinates} have no coordinates; they are not counted.`);
  const withheld = run.columns.reduce((n, c) => n + (c.suppressed ? c.suppressed.reduce((a, b) => a + b, 0) : 0), 0);
  if (withheld) items.push(`${withheld} district figures are withheld by small-number protection.`);
  if (!run.project.suppression) items.push('No small-number protection is set: figures for small districts rest on few people and can identify them.');
  items.push('Rates are computed from the published counts; a census or survey count carries its own error, which the figures inherit.');
  if (plans.length) items.push('Coverage means a demand point lies within the radius of a site in a straight line; terrain, walls and capacity in practice differ. A plan without a proven bound may be improved.');
  for (const pl of plans) for (const m of pl.plan.messages) items.push(`${pl.scenario.id}: ${m}`);
  return html`<section id="limitations"><h2>Limitations</h2><ul>${items.map((i) => html`<li>${i}</li>`)}</ul></section>`;
}

/** A number for reading: up to 4 decimals below 1, whole numbers with separators above. */
export function fmt(x: number): string {
  return Math.abs(x) <= 1 ? x.toFixed(4) : Math.round(x).toLocaleString('en');
}

/** An http(s) URL, or "#" for anything else (a source's URL is the planner's text). */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
