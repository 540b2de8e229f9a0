// Checks of the indicators and of the keys that name a table column (population, regions).

import { at, describe, isObject, listing, type Checker } from './checker.ts';
import { GROUP_PATTERN, KNOWN_KEYS, NAME_PATTERN, RESERVED_IDS } from './keys.ts';
import type { Catalogue } from './validate-layers.ts';

export function checkIndicators(c: Checker, value: unknown, path: string, catalogue: Catalogue): void {
  c.array(value, path)?.forEach((item, i) => {
    const p = at(path, i);
    const o = c.object(item, p, KNOWN_KEYS.indicator, ['id', 'table']);
    if (!o) return;
    const id = checkId(c, o.id, at(p, 'id'), catalogue);
    c.string(o.label, at(p, 'label'));
    checkTableRef(c, o.table, at(p, 'table'), catalogue);
    const hasRate = o.rate !== undefined;
    const hasValue = o.value !== undefined;
    if (hasRate && hasValue) c.report(p, 'has both "rate" and "value"; keep "rate" to compute from counts or "value" to take a published figure');
    if (!hasRate && !hasValue) c.report(p, 'needs "rate" (computed from counts) or "value" (a published figure)');
    if (hasRate && !hasValue && o.unit !== undefined) c.report(at(p, 'unit'), '"unit" is for value indicators; a rate is always in percent');
    if (hasValue && !hasRate && o.gaps !== undefined) c.report(at(p, 'gaps'), '"gaps" are for rate indicators');
    if (hasValue && !hasRate && o.moe !== undefined) c.report(at(p, 'moe'), '"moe" is for rate indicators');
    if (hasValue) c.string(o.value, at(p, 'value'));
    if (hasValue) c.string(o.unit, at(p, 'unit'));
    const groups = hasRate ? checkRate(c, o.rate, at(p, 'rate')) : undefined;
    const gaps = hasRate && o.gaps !== undefined ? checkGaps(c, o.gaps, at(p, 'gaps'), groups) : [];
    if (hasRate && o.moe !== undefined) checkMoe(c, o.moe, at(p, 'moe'), groups);
    if (id !== undefined && hasRate !== hasValue) catalogue.indicators.set(id, { kind: hasRate ? 'rate' : 'value', groups: groups ?? [], gaps });
  });
}

/** An indicator or composite id: a name, not reserved, not taken. */
export function checkId(c: Checker, value: unknown, path: string, catalogue: Catalogue): string | undefined {
  const id = c.string(value, path);
  if (id === undefined) return undefined;
  if (!NAME_PATTERN.test(id)) return c.report(path, `"${id}" is not a valid id: use letters, digits and "_", starting with a letter or "_"`);
  if (RESERVED_IDS.includes(id.toLowerCase())) return c.report(path, `"${id}" is reserved for another column of districts.csv; choose another id`);
  // Ids become column names; two that differ only in case would confuse a spreadsheet and DuckDB alike.
  const taken = catalogue.ids.find((other) => other.name.toLowerCase() === id.toLowerCase());
  if (taken) {
    const clash = taken.name === id ? `is already the id of ${taken.path}` : `clashes with "${taken.name}" (${taken.path}) as ids are compared ignoring case`;
    return c.report(path, `"${id}" ${clash}`);
  }
  catalogue.ids.push({ name: id, path: path.replace(/\.id$/, '') });
  return id;
}

/** A name that must be one of the project's tables (not a tile or point layer). */
export function checkTableRef(c: Checker, value: unknown, path: string, catalogue: Catalogue): void {
  const name = c.string(value, path);
  if (name === undefined) return;
  const tables = catalogue.layers.filter((layer) => layer.kind === 'table').map((layer) => layer.name);
  if (tables.includes(name)) return;
  const other = catalogue.layers.find((layer) => layer.name === name);
  c.report(path, other ? `"${name}" is a ${other.kind}, not a table ${listing('tables', tables)}` : `no table named "${name}" ${listing('tables', tables)}`);
}

/** `{ "table": …, "column": … }`: a column of one of the project's tables. */
export function checkTableColumn(c: Checker, value: unknown, path: string, known: readonly string[], catalogue: Catalogue): void {
  const o = c.object(value, path, known, known);
  if (!o) return;
  checkTableRef(c, o.table, at(path, 'table'), catalogue);
  c.string(o.column, at(path, 'column'));
}

/** Group → [numerator, denominator]; returns the validly named groups (undefined if `rate` is not an object). */
function checkRate(c: Checker, value: unknown, path: string): string[] | undefined {
  if (!isObject(value)) return c.report(path, `expected an object of group → [numerator column, denominator column], got ${describe(value)}`);
  const entries = Object.entries(value);
  if (entries.length === 0) c.report(path, 'needs at least one group, e.g. "total": ["internet_users", "population"]');
  const groups: string[] = [];
  for (const [group, pair] of entries) {
    const p = at(path, group);
    if (GROUP_PATTERN.test(group)) groups.push(group);
    else c.report(p, `"${group}" is not a valid group name: use letters, digits and "_" (it becomes part of column names)`);
    if (!Array.isArray(pair)) c.report(p, `expected [numerator column, denominator column], got ${describe(pair)}`);
    else if (pair.length !== 2) c.report(p, `expected 2 columns [numerator, denominator], got ${pair.length}`);
    else pair.forEach((column, k) => c.string(column, at(p, k)));
  }
  return groups;
}

/** Group → [numerator MOE column, denominator MOE column], for groups of the rate only. */
function checkMoe(c: Checker, value: unknown, path: string, groups: readonly string[] | undefined): void {
  if (!isObject(value)) {
    c.report(path, `expected an object of group → [numerator MOE column, denominator MOE column], got ${describe(value)}`);
    return;
  }
  for (const [group, pair] of Object.entries(value)) {
    const p = at(path, group);
    if (groups !== undefined && !groups.includes(group)) c.report(p, `no group "${group}" in rate ${listing('groups', groups)}`);
    if (!Array.isArray(pair)) c.report(p, `expected [numerator MOE column, denominator MOE column], got ${describe(pair)}`);
    else if (pair.length !== 2) c.report(p, `expected 2 columns [numerator MOE, denominator MOE], got ${pair.length}`);
    else pair.forEach((column, k) => c.string(column, at(p, k)));
  }
}

/** Pairs [a, b] of declared groups (the gap is a − b); returns the well-formed ones. */
function checkGaps(c: Checker, value: unknown, path: string, groups: readonly string[] | undefined): [string, string][] {
  const gaps: [string, string][] = [];
  c.array(value, path)?.forEach((item, i) => {
    const p = at(path, i);
    if (!Array.isArray(item) || item.length !== 2) {
      c.report(p, `expected a pair of groups ["a", "b"] (the gap is a minus b), got ${Array.isArray(item) ? `${item.length} item${item.length === 1 ? '' : 's'}` : describe(item)}`);
      return;
    }
    const pair = item.map((group, k) => {
      const name = c.string(group, at(p, k));
      // Groups of a malformed "rate" are unknown: do not blame the gap for them.
      if (name !== undefined && groups !== undefined && !groups.includes(name)) {
        return c.report(at(p, k), `no group "${name}" in rate ${listing('groups', groups)}`);
      }
      return name;
    });
    const [a, b] = pair;
    if (a === undefined || b === undefined) return;
    if (a === b) c.report(p, 'a gap needs two different groups');
    else if (gaps.some(([x, y]) => x === a && y === b)) c.report(p, `the gap ["${a}", "${b}"] is listed twice`);
    else gaps.push([a, b]);
  });
  return gaps;
}
