// Every language says everything English says: each key of the English catalogue is in every
// other one (with the plural forms that language's rules need), no language keeps a key English
// dropped, and no translation interpolates a value English does not pass. And every key the
// code asks for exists in English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/i18n.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!);
const en = CATALOGUES.en;
const englishBases = new Set(Object.keys(en).map(base));
const pluralBases = new Set(Object.keys(en).filter((k) => PLURAL.test(k)).map(base));

/** Variables English passes to a key, across its plural forms. */
function englishVariables(key: string): Set<string> {
  return new Set(Object.entries(en).flatMap(([k, text]) => (base(k) === base(key) ? variables(text) : [])));
}

describe.each(LANGUAGES.filter((l) => l.code !== 'en').map((l) => l.code))('%s', (code) => {
  const catalogue = CATALOGUES[code];

  test('has every key of English, and none English lacks', () => {
    const bases = new Set(Object.keys(catalogue).map(base));
    expect([...englishBases].filter((k) => !bases.has(k))).toEqual([]);
    expect([...bases].filter((k) => !englishBases.has(k))).toEqual([]);
  });

  test('has every plural form its language needs where English counts', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const missing = [...pluralBases].flatMap((k) => categories.filter((c) => !(`${k}_${c}` in catalogue)).map((c) => `${k}_${c}`));
    expect(missing).toEqual([]);
  });

  test('interpolates no value English does not pass, and leaves nothing empty', () => {
    const extra = Object.entries(catalogue).flatMap(([k, text]) => variables(text).filter((v) => !englishVariables(k).has(v)).map((v) => `${k}: {{${v}}}`));
    expect(extra).toEqual([]);
    expect(Object.entries(catalogue).filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
  });
});

/** Every .ts and .tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The keys the code asks for: literal first arguments of `t(…)` / `words.t(…)`; a template gives its prefix ("plan.tab."). */
function askedKeys(file: string): { keys: string[]; prefixes: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const keys: string[] = [];
  const prefixes: string[] = [];
  const take = (arg: ts.Expression): void => {
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) keys.push(arg.text);
    else if (ts.isTemplateExpression(arg)) prefixes.push(arg.head.text);
    else if (ts.isConditionalExpression(arg)) [arg.whenTrue, arg.whenFalse].forEach(take);
    else if (ts.isParenthesizedExpression(arg)) take(arg.expression);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (name === 't') take(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, prefixes };
}

describe('the code and the English catalogue', () => {
  const asked = ['src/ui', 'src/state', 'src/i18n'].flatMap(sources).map(askedKeys);

  test('every key the code asks for is in English', () => {
    const keys = asked.flatMap((a) => a.keys);
    expect(keys.length).toBeGreaterThan(200);
    expect(keys.filter((k) => !englishBases.has(k))).toEqual([]);
  });

  test('every key built from a prefix has at least one English key under it', () => {
    const prefixes = asked.flatMap((a) => a.prefixes);
    expect(prefixes.filter((p) => ![...englishBases].some((k) => k.startsWith(p)))).toEqual([]);
  });
});
