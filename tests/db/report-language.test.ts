// The printable report in the planner's language (issue #20): the same function writes it in
// French or Arabic from the catalogue (src/i18n/locales/*.json, keys "report.*"), with the
// language's number notation (src/i18n/format.ts) and, for Arabic, a right-to-left page in
// Arabic-Indic digits. English stays as the report always wrote it.
import { beforeAll, expect, test } from 'vitest';
import { studyExports } from '../../src/app/study-exports.ts';
import { reportHtml } from '../../src/engine/report-html.ts';
import { catalogueReportLanguage, reportLanguage } from '../../src/engine/report-words.ts';
import type { ProjectRun } from '../../src/engine/run-project.ts';
import { createI18n, wordsOf } from '../../src/i18n/i18n.ts';
import { kenyaRun } from '../helpers/kenya-run.ts';

let run: ProjectRun;

beforeAll(async () => {
  run = await kenyaRun();
}, 120_000);

/** Text of every `<td class="n">` cell (figures, counts), in document order. */
const numberCells = (page: string) => [...page.matchAll(/<td class="n">([^<]*)<\/td>/g)].map((m) => m[1]!);

test('in French: translated headings, French numbers, lang="fr" and no English heading left', () => {
  const page = reportHtml(run, [], { date: '2026-11-29', language: catalogueReportLanguage('fr') });
  expect(page).toContain('<html lang="fr"><head>');
  // Headings from fr.json.
  for (const h of ['Sources des données et licences', 'Méthode', 'Cartes', 'Inégalités entre districts', 'Limites']) expect(page).toContain(`<h2>${h}</h2>`);
  for (const h of ['Data sources and licences', 'Method', 'Maps', 'Limitations']) expect(page).not.toContain(`<h2>${h}</h2>`);
  // 47 counties ("comtés" in fr.json), and min_people 150,000 grouped the French way (narrow no-break space).
  expect(page).toContain('Rapport Lastmile : 47 comtés, 11 indicateurs par comté · 2026-11-29.');
  expect(page).toContain('moins de 150\u202f000 personnes');
  // Rates: one decimal with a decimal comma and a no-break space before "%" (Intl, fr; narrow or not by ICU version).
  expect(numberCells(page).filter((c) => c.endsWith('%') && !/^\d+,\d[\u00a0\u202f]%$/.test(c))).toEqual([]);
  expect(numberCells(page).some((c) => c.endsWith('%'))).toBe(true);
});

test('in Arabic: dir="rtl", translated headings and only Arabic-Indic digits in the figures', () => {
  const page = reportHtml(run, [], { language: catalogueReportLanguage('ar') });
  expect(page).toContain('<html lang="ar" dir="rtl"><head>');
  for (const h of ['مصادر البيانات والتراخيص', 'المنهجية', 'الخرائط', 'القيود']) expect(page).toContain(`<h2>${h}</h2>`);
  const cells = numberCells(page).filter((c) => c !== '—');
  expect(cells.length).toBeGreaterThan(47);
  expect(cells.filter((c) => /[0-9]/.test(c))).toEqual([]);
  expect(cells.every((c) => /[٠-٩]/.test(c))).toBe(true);
  // The inequality table counts 47 counties: "٤٧".
  expect(page).toContain('<td class="n">٤٧</td>');
  // The maps' scale bar and legend speak Arabic too.
  expect(page).toMatch(/>[٠-٩٬]+ كم<\/text>/);
});

test('English through the app’s i18next words is the report English has always had', () => {
  const app = reportLanguage(wordsOf(createI18n('en')), 'en');
  expect(reportHtml(run, [], { date: '2026-11-29', language: app })).toBe(reportHtml(run, [], { date: '2026-11-29' }));
  expect(reportHtml(run, [], { date: '2026-11-29' })).toContain('<html lang="en"><head>');
});

test('the app\u2019s Export menu writes the report in the language the planner reads', async () => {
  const files = { read: () => Promise.reject(new Error('not read for a report')) };
  const arabic = studyExports(run.project, run, [], files, 'kenya', { reader: { words: wordsOf(createI18n('ar')), language: 'ar' } });
  const english = studyExports(run.project, run, [], files, 'kenya');
  const report = (e: typeof arabic) => e.downloads.find((d) => d.name === 'kenya.report.html')!.data() as Promise<string>;
  expect(await report(arabic)).toContain('<html lang="ar" dir="rtl">');
  expect(await report(english)).toContain('<html lang="en"><head>');
});
