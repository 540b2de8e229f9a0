// Seeded fuzzing of the project file (issue #16): mutations of examples/*.lastmile.json —
// keys dropped, renamed or added, values of the wrong type, hostile paths, elements
// repeated, text cut short — through the validator and `lastmile check`, and mutations of a
// small project through `lastmile run`. None may throw, print a stack trace or hang (the
// test timeout), and every message must name the file and a key (or a line and column).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseProjectText } from '../../src/core/project/validate.ts';
import { mulberry32 } from '../../src/core/random.ts';
import { DATA, EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values a careless or hostile editor might leave anywhere. */
const ODD_VALUES: readonly Json[] = [
  null, true, 0, -1, 1.5, 1e308, '', 'x', 'ict', [], {}, [1, 'a'], { a: 1 }, '../../../../etc/passwd', 'data\\ict.csv', 'nul\u0000.csv',
  '=HYPERLINK("x")', '<script>alert(1)</script>', 'é'.repeat(5000), '/tmp/x.csv', 'https://example.org/x.csv', 'x.xlsx',
];

/** Every [container, key] in a JSON tree, root first (depth-first, in key order). */
function slots(value: Json, out: [Json[] | { [key: string]: Json }, string | number][] = []): [Json[] | { [key: string]: Json }, string | number][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value, k]);
      slots(v, out);
    }
  }
  return out;
}

/** One mutant of `project` as text: `random` decides what changes. */
function mutate(project: Json, random: () => number): string {
  const copy = structuredClone(project);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const changes = 1 + Math.floor(random() * 3);
  for (let c = 0; c < changes; c++) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [parent, key] = pick(all);
    const op = Math.floor(random() * 5);
    if (Array.isArray(parent)) {
      const i = key as number;
      if (op === 0) parent.splice(i, 1);
      else if (op === 1) parent.push(structuredClone(parent[i]!));
      else parent[i] = pick(ODD_VALUES);
    } else {
      const k = key as string;
      if (op === 0) delete parent[k];
      else if (op === 1 && k.length > 1) {
        // A typo: the key loses one character.
        const cut = Math.floor(random() * k.length);
        parent[k.slice(0, cut) + k.slice(cut + 1)] = parent[k]!;
        delete parent[k];
      } else if (op === 2) parent[`${k}_extra`] = pick(ODD_VALUES);
      else parent[k] = pick(ODD_VALUES);
    }
  }
  const text = JSON.stringify(copy, null, 2);
  // One mutant in ten is cut short, as a file saved half-way.
  return random() < 0.1 ? text.slice(0, Math.floor(random() * text.length)) : text;
}

/** Messages about the file as a whole, which have no key to name. */
const WHOLE_FILE = /^(the file is empty|not valid JSON|a project file is a JSON object)/;

/** True when a validator message names the file and a key, or a line and column, or is about the whole file. */
function namesKeyOrFile(e: { file: string; path: string; line?: number; message: string }, file: string): boolean {
  if (e.file !== file) return false;
  return e.path !== '' || e.line !== undefined || /\bkey "[^"]+"/.test(e.message) || WHOLE_FILE.test(e.message);
}

const EXAMPLE_FILES = ['kenya.lastmile.json', 'hawaii.lastmile.json', 'nairobi-wifi.lastmile.json'];

describe.each(EXAMPLE_FILES)('mutants of %s', (name) => {
  const original = JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8')) as Json;

  test('300 mutants through the validator: a result or messages naming the file and a key, never an exception', () => {
    const random = mulberry32(0x16_16 + name.length);
    let refused = 0;
    for (let m = 0; m < 300; m++) {
      const text = mutate(original, random);
      const result = parseProjectText(text, name);
      if (result.ok) continue;
      refused++;
      expect(result.errors.length, text).toBeGreaterThan(0);
      for (const e of result.errors) {
        expect(namesKeyOrFile(e, name), JSON.stringify(e)).toBe(true);
        // A path, when there is one, is a key path of the project ("tables[0].file"), not prose.
        if (e.path !== '') expect(e.path, e.message).toMatch(/^[A-Za-z_$"[\]0-9.\-\\ ]+/);
      }
    }
    // The mutations must bite: most mutants are refused.
    expect(refused).toBeGreaterThan(150);
  });

  test('40 mutants through `lastmile check`: status 0 or 1, each line names the file, no stack trace', async () => {
    const random = mulberry32(0xc4ec + name.length);
    const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-fuzz-'));
    for (let m = 0; m < 40; m++) {
      const file = path.join(dir, name);
      writeFileSync(file, mutate(original, random));
      const out = sink();
      const err = sink();
      const status = await main(['check', file], out, err);
      expect([0, 1]).toContain(status);
      const lines = (status === 0 ? out : err).text().trimEnd().split('\n');
      for (const line of lines) expect(line.startsWith(name) || line.startsWith(file), line).toBe(true);
      expect(err.text()).not.toMatch(/\n\s+at /);
    }
  });
});

describe('mutants of a small project through `lastmile run`', () => {
  // Kenya's counties and three counties' ICT counts (tests/fixtures/ingest), one rate indicator.
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lastmile-fuzz-run-')), 'p');
  mkdirSync(dir);
  const rel = (p: string) => path.relative(dir, p).split(path.sep).join('/');
  const small: Json = {
    lastmile: 1,
    title: 'fuzz',
    districts: { file: rel(path.join(DATA, 'kenya/ke_counties.geojson')), id: 'geo_id', name: 'county_name' },
    tables: [{ name: 'ict', file: rel(path.join(ROOT, 'tests/fixtures/ingest/ke-ict-3-counties.csv')), district: 'geo_id' }],
    indicators: [{ id: 'internet_use', table: 'ict', rate: { total: ['internet_user_total', 'pop3plus_total'], female: ['internet_user_female', 'pop3plus_female'] }, gaps: [['total', 'female']] }],
    population: { table: 'ict', column: 'pop3plus_total' },
  };

  test('12 mutants: exit 0, or exit 1 with one message naming a file, never a stack trace or DuckDB text', async () => {
    const random = mulberry32(0x2116);
    const seen = new Set<number>();
    for (let m = 0; m < 12; m++) {
      const file = path.join(dir, `m${m}.lastmile.json`);
      writeFileSync(file, mutate(small, random));
      const err = sink();
      const status = await main(['run', file, '--root', dir, '--root', ROOT, '--out', path.join(dir, `out${m}`), '--quiet'], sink(), err);
      seen.add(status);
      expect([0, 1], err.text()).toContain(status);
      expect(err.text()).not.toMatch(/\n\s+at |LINE \d+:|Error: |unexpected error/);
      if (status === 1) expect(err.text(), err.text()).toMatch(/(m\d+\.lastmile\.json|\.csv|\.geojson)[,:]/);
    }
    expect(seen.has(1)).toBe(true);
  }, 600_000);
});
