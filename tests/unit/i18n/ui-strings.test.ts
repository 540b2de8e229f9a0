// Every word a planner reads in src/ui comes from the catalogue. Each .tsx file is parsed with
// the TypeScript compiler; a JSX text, or a string in a user-visible attribute (aria-label,
// title, placeholder, alt, label, legend, unit…) or in a JSX child expression, that contains a
// letter is a failure unless it is a catalogue lookup. Strings that are data, not words
// (comparisons with codes, keys, class names, event handlers) are not shown and not checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** Attributes whose value a planner reads or hears (ours included: a field's label, unit, empty text). */
const VISIBLE = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label', 'legend', 'caption', 'summary', 'unit', 'empty', 'none', 'term', 'value-text']);
const LETTER = /\p{L}/u;
/** A code rather than a word: lower case, no space ("a", "wide-only", "group:"). */
const CODE = /^[a-z0-9_:.-]+$/;
const literal = (n: ts.Node) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : '');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []));
}

/** True when a string literal inside an expression is data rather than text to show. */
function isData(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword].includes(parent.operatorToken.kind)) return true;
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) {
    const callee = parent.expression;
    // A catalogue key, an argument to a method (startsWith, slice, includes), or a code-like token
    // handed to a helper ('a', 'wide-only'): never shown as such. A word or a sentence is still caught.
    return (ts.isIdentifier(callee) && callee.text === 't') || ts.isPropertyAccessExpression(callee) || CODE.test(literal(node));
  }
  if (ts.isConditionalExpression(parent) && parent.condition !== node) return isData(parent);
  if (ts.isParenthesizedExpression(parent) || ts.isPropertyAccessExpression(parent)) return ts.isPropertyAccessExpression(parent) || isData(parent);
  if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent) || ts.isArrayLiteralExpression(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) return isData(parent);
  return false;
}

/** Problems in one file: "line: text". */
function untranslated(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const report = (node: ts.Node, text: string) => out.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 60)}`);
  const literalText = (n: ts.Node): string | null => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isTemplateExpression(n)) return [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
    return null;
  };
  /** Strings with letters inside an expression shown to the planner, not descending into nested JSX (visited on its own). */
  const scanExpression = (expr: ts.Node): void => {
    const text = literalText(expr);
    if (text !== null && LETTER.test(text) && !isData(expr)) report(expr, text);
    if (ts.isJsxElement(expr) || ts.isJsxSelfClosingElement(expr) || ts.isJsxFragment(expr) || ts.isTemplateExpression(expr)) return;
    // Functions in a child expression (a .map callback) return JSX, visited on its own; their other strings are data.
    ts.forEachChild(expr, (child) => (ts.isBlock(child) ? undefined : scanExpression(child)));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE.has(node.name.getText(source)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer) && LETTER.test(node.initializer.text)) report(node, `${node.name.getText(source)}="${node.initializer.text}"`);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) scanExpression(node.initializer.expression);
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) scanExpression(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const root = process.cwd();
const files = ['src/ui', 'src/i18n'].flatMap((d) => tsxFiles(join(root, d))).map((f) => relative(root, f).split('\\').join('/'));

describe('every user-visible string in src/ui comes from the catalogue', () => {
  test('finds the UI files (a check over no file cannot fail)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('src/ui/App.tsx');
  });

  test.each(files)('%s', (file) => {
    expect(untranslated(join(root, file))).toEqual([]);
  });

  test('the check finds text, labels, ternaries and templates, and passes catalogue lookups and codes (a check that cannot fail is a defect)', () => {
    const fixture = [
      `export const A = ({ ok, n }) => (`,
      `  <section aria-label="Planning" className="plan-panel">`,
      `    <h2>The plan</h2>`,
      `    <p title={ok ? 'Kept' : t('floor.missed')}>{ok === 'yes' ? t('a') : 'Not met'}</p>`,
      `    <Field label={\`Every \${n}\`} unit="%" empty={t('field.none')} />`,
      `    <td>{cell(n, 'wide-only')} × {n} ÷ {t(\`plan.tab.\${n}\`)}</td>`,
      `  </section>`,
      `);`,
    ].join('\n');
    expect(untranslated('fixture.tsx', fixture)).toEqual(['2: aria-label="Planning"', '3: The plan', '4: Kept', '4: Not met', '5: Every']);
  });
});
