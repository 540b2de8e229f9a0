// Every entry of tests/fixtures/bad/expected.json through `lastmile run`, as a planner would
// meet it: a project is written around the file (a table joined on geo_id to Kenya's
// counties, a point layer on them, or the file as the district layer) and run. Whatever
// happens, stderr holds no stack trace and none of DuckDB's or Node's own text; a refusal is
// exit status 1 with the corpus's message, anything else exit 0 with what the entry expects.
import { execFileSync } from 'node:child_process';
import { copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { BAD, entryBytes, expected, expectMessage, type Entry } from '../../helpers/bad-corpus.ts';
import { DATA } from '../../helpers/paths.ts';
import { sink } from '../../helpers/sink.ts';

/** Writes the entry's file (or makes its special case) in `dir`. */
function place(name: string, entry: Entry, dir: string): void {
  const at = path.join(dir, name);
  const setup = entry.setup ?? '';
  if (entry.synthetic) {
    // Sparse: the size is real to the file system, the disk holds only the head.
    const fd = openSync(at, 'w');
    writeFileSync(fd, entry.synthetic.head);
    ftruncateSync(fd, entry.synthetic.size);
    closeSync(fd);
  } else if (setup === 'fifo') execFileSync('mkfifo', [at]);
  else if (setup === 'outside') writeFileSync(path.join(dir, '..', name), readFileSync(path.join(BAD, 'leading-zeros.csv')));
  else if (setup.startsWith('link:')) symlinkSync(setup.slice('link:'.length), at);
  else if (setup.startsWith('link-inside:')) {
    const target = path.join(dir, setup.slice('link-inside:'.length));
    writeFileSync(target, 'geo_id,households\nKE-01,378422\n');
    symlinkSync(target, at);
  } else if (setup !== 'none') writeFileSync(at, entryBytes(name, entry));
  for (const other of entry.cli?.files ?? []) copyFileSync(path.join(BAD, other), path.join(dir, other));
}

/** The project around an entry: paths relative to `dir`, Kenya's counties from the bundled data. */
function projectFor(name: string, entry: Entry, dir: string): Record<string, unknown> {
  const file = entry.cli?.path ?? name;
  const counties = { file: `${path.relative(dir, DATA).split(path.sep).join('/')}/kenya/ke_counties.geojson`, id: 'geo_id', name: 'county_name' };
  const base = { lastmile: 1, title: `bad input: ${name}` };
  const layers =
    entry.role === 'districts'
      ? { districts: { file, id: 'geo_id', name: 'county_name' } }
      : entry.role === 'points'
        ? { districts: counties, points: [{ name: 'p', file, lon: 'lon', lat: 'lat' }] }
        : { districts: counties, tables: [{ name: 't', file, district: 'geo_id', ...(entry.options ?? {}) }] };
  const project: Record<string, unknown> = { ...base, ...layers, ...(entry.cli?.project ?? {}) };
  if (entry.cli?.districts) project.districts = { ...(project.districts as object), ...entry.cli.districts };
  return project;
}

/** Every line report.json holds for a planner: issues, notes and reasons for blank figures. */
function reportLines(report: { files: { file: string; issues: { row?: number; column?: string; reason: string }[]; notes?: string[] }[]; notes: string[]; indicators: { why: string[] }[] }): string[] {
  return [
    ...report.files.flatMap((f) => [
      ...f.issues.map((i) => [f.file, ...(i.row !== undefined ? [`row ${i.row}`] : []), ...(i.column !== undefined ? [`column ${JSON.stringify(i.column)}`] : [])].join(', ') + `: ${i.reason}`),
      ...(f.notes ?? []).map((n) => `${f.file}: ${n}`),
    ]),
    ...report.notes,
    ...report.indicators.flatMap((i) => i.why),
  ];
}

const cases = Object.entries(expected).filter(([, e]) => e.stages.includes('cli'));

describe.each(cases)('lastmile run on %s', (name, entry) => {
  test('a message or a result, never a stack trace or raw DuckDB text', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lastmile-corpus-')), 'project');
    mkdirSync(dir);
    place(name, entry, dir);
    const projectFile = path.join(dir, 'p.lastmile.json');
    writeFileSync(projectFile, JSON.stringify(projectFor(name, entry, dir)));
    const err = sink();
    const status = await main(['run', projectFile, '--root', dir, '--root', DATA, '--out', path.join(dir, 'out'), '--quiet'], sink(), err);
    const stderr = err.text();
    expect(stderr).not.toMatch(/\n\s+at |LINE \d+:|Error: |ERR_/);
    const error = entry.cli?.error ?? entry.error;
    if (error !== undefined) {
      expect(status, stderr).toBe(1);
      expect(stderr.startsWith('lastmile: ') && stderr.endsWith('\n')).toBe(true);
      expectMessage(stderr.slice('lastmile: '.length, -1), error);
      return;
    }
    expect(status, stderr).toBe(0);
    if (entry.cli?.stderr !== undefined) expect(stderr).toBe(entry.cli.stderr);
    const out = (file: string) => readFileSync(path.join(dir, 'out', file), 'utf8');
    const lines = reportLines(JSON.parse(out('report.json')));
    const wanted = entry.cli?.report ?? entry.issue;
    if (wanted !== undefined) expect(lines, lines.join('\n')).toContain(wanted);
    if (entry.cli?.output) expect(out(entry.cli.output.file)).toContain(entry.cli.output.contains);
  });
});
