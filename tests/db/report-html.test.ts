// The printable report of the Kenya run: every section issue #20 asks for, and nothing a
// planner or a publisher typed becomes markup — a hostile title, district name, source title
// and source URL are all shown as text.
import { beforeAll, expect, test } from 'vitest';
import { reportHtml } from '../../src/engine/report-html.ts';
import type { ProjectRun } from '../../src/engine/run-project.ts';
import { kenyaRun } from '../helpers/kenya-run.ts';

let run: ProjectRun;

beforeAll(async () => {
  run = await kenyaRun();
}, 120_000);

test('the report has the question, sources, method, maps, figures, inequality and limitations', () => {
  const page = reportHtml(run, [], { date: '2026-11-29' });
  expect(page).toContain('<h1>Kenya counties, 2019 census</h1>');
  for (const id of ['sources', 'method', 'maps', 'districts', 'inequality', 'limitations']) expect(page).toContain(`<section id="${id}">`);
  expect(page).toContain('A figure is withheld — in this report, every export and on the map — when it rests on fewer than 150,000 people');
  expect(page).toContain('<td>figures © KNBS; rKenyaCensus MIT</td>');
  expect(page).toContain('adoption</td><td>2</td>'); // the composite's pillar weight, as in examples/kenya.lastmile.json
  expect(page).toContain('47 counties, 11 figures per county · 2026-11-29.');
  expect(page.match(/<svg /g)).toHaveLength(2);
});

test('text from the project and its files is escaped, a non-http URL is not linked, and no script may run', () => {
  const names = run.opened.districts.names.map((n, i) => (i === 0 ? '<img src=x onerror=alert(1)>' : n));
  const project = {
    ...run.project,
    title: '<script>alert("t")</script>',
    sources: [{ file: 'x.csv', title: 'A "quoted" & <b>bold</b> source', url: 'javascript:alert(1)', licence: 'CC BY-NC 4.0' }],
  };
  const page = reportHtml({ ...run, project, opened: { ...run.opened, districts: { ...run.opened.districts, names } } }, []);
  expect(page).not.toMatch(/<script|<img|<b>bold|href="javascript/i);
  expect(page).toContain('<h1>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</h1>');
  expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(page).toContain('<a href="#">A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; source</a>');
  expect(page).toContain('is licensed CC BY-NC 4.0: non-commercial use only.');
  expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
});
