// lastmile.schema.json checked for real: a kept JSON Schema validator (Ajv, 2020-12) runs the
// schema on every example and fixture project and on the bad-project corpus, and must give
// the same verdict as validateProject on each file, so the two cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { formatProjectErrors, validateProject } from '../../../src/core/project/validate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schema = JSON.parse(readFileSync(path.join(root, 'src/core/project/lastmile.schema.json'), 'utf8')) as object;
// Strict, except that a `required` inside oneOf may name keys declared beside it (the
// indicator's "rate" or "value"), and a where value may be a string, number or boolean.
const check = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

/** Every *.lastmile.json under `dir` (repository-relative), sorted. */
function projectFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.lastmile.json'))
    .map((f) => path.join(dir, f))
    .sort();
}

const good = [...projectFiles('examples'), ...projectFiles('tests/fixtures/projects').filter((f) => !f.includes(`${path.sep}bad${path.sep}`))];
const bad = projectFiles('tests/fixtures/projects/bad');

function verdicts(file: string) {
  const json = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;
  const ours = validateProject(json, path.basename(file));
  const schemaOk = check(json);
  return { ours: ours.ok, schema: schemaOk, why: ours.ok ? '' : formatProjectErrors(ours.errors), schemaErrors: JSON.stringify(check.errors ?? []) };
}

describe('the JSON Schema agrees with validateProject', () => {
  test('the corpus is there', () => {
    expect(good.length).toBeGreaterThanOrEqual(4);
    expect(bad.length).toBeGreaterThanOrEqual(15);
  });

  test.each(good)('%s: both accept it', (file) => {
    const v = verdicts(file);
    expect(v.ours, v.why).toBe(true);
    expect(v.schema, v.schemaErrors).toBe(true);
  });

  test.each(bad)('%s: both refuse it', (file) => {
    const v = verdicts(file);
    expect(v.ours).toBe(false);
    expect(v.schema, `the schema accepts what the validator refuses: ${v.why}`).toBe(false);
  });
});
