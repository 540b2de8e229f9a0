// Checks of the composite index (its measures must be columns the project produces) and of
// the small-number protection thresholds.

import { at, listing, type Checker } from './checker.ts';
import { DIRECTIONS, GROUP_PATTERN, KNOWN_KEYS, NORMALISATIONS } from './keys.ts';
import { gapColumn, parityColumn, parseMeasure, rateColumn, tileMetrics } from './measure.ts';
import { checkId } from './validate-indicators.ts';
import type { Catalogue } from './validate-layers.ts';

export function checkSuppression(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, KNOWN_KEYS.suppression);
  if (o) for (const key of KNOWN_KEYS.suppression) c.number(o[key], at(path, key), 0);
}

export function checkComposite(c: Checker, value: unknown, path: string, catalogue: Catalogue): void {
  const o = c.object(value, path, KNOWN_KEYS.composite, ['id', 'pillars']);
  if (!o) return;
  checkId(c, o.id, at(path, 'id'), catalogue);
  c.string(o.label, at(path, 'label'));
  c.choice(o.normalisation, at(path, 'normalisation'), NORMALISATIONS);
  const pillarsPath = at(path, 'pillars');
  const pillars = c.array(o.pillars, pillarsPath);
  if (!pillars) return;
  if (pillars.length === 0) c.report(pillarsPath, 'needs at least one pillar');
  const names: { name: string; path: string }[] = [];
  const weights = pillars.map((item, i) => checkPillar(c, item, at(pillarsPath, i), names, catalogue));
  checkNotAllZero(c, weights, pillarsPath, 'pillar');
}

/** One pillar; returns its weight (undefined if invalid). */
function checkPillar(c: Checker, value: unknown, path: string, names: { name: string; path: string }[], catalogue: Catalogue): number | undefined {
  const o = c.object(value, path, KNOWN_KEYS.pillar, ['name', 'indicators']);
  if (!o) return undefined;
  let name = c.string(o.name, at(path, 'name'));
  // The pillar's score is the districts.csv column <composite id>.<pillar name>.
  if (name !== undefined && !GROUP_PATTERN.test(name)) {
    name = c.report(at(path, 'name'), `"${name}" is not a valid pillar name: use letters, digits and "_" (it becomes part of a column name)`);
  }
  const taken = names.find((other) => other.name === name);
  if (name !== undefined && taken) c.report(at(path, 'name'), `"${name}" is already the name of ${taken.path}`);
  else if (name !== undefined) names.push({ name, path });
  const weight = o.weight === undefined ? 1 : c.number(o.weight, at(path, 'weight'), 0);
  const listPath = at(path, 'indicators');
  const list = c.array(o.indicators, listPath);
  if (!list) return weight;
  if (list.length === 0) c.report(listPath, 'needs at least one indicator');
  const seen = new Set<string>();
  const weights = list.map((item, i) => {
    const p = at(listPath, i);
    const m = c.object(item, p, KNOWN_KEYS.pillarIndicator, ['measure', 'direction']);
    if (!m) return undefined;
    const measure = c.string(m.measure, at(p, 'measure'));
    if (measure !== undefined) {
      const problem = seen.has(measure) ? `"${measure}" is already in this pillar` : measureProblem(measure, catalogue);
      if (problem) c.report(at(p, 'measure'), problem);
      seen.add(measure);
    }
    c.choice(m.direction, at(p, 'direction'), DIRECTIONS);
    return m.weight === undefined ? 1 : c.number(m.weight, at(p, 'weight'), 0);
  });
  checkNotAllZero(c, weights, listPath, 'indicator');
  return weight;
}

/** Weights are normalised to sum to 1, which needs one above 0; skipped while any weight is invalid. */
function checkNotAllZero(c: Checker, weights: readonly (number | undefined)[], path: string, noun: string): void {
  if (weights.length > 0 && weights.every((w) => w === 0)) c.report(path, `every ${noun} weighs 0; give at least one a weight above 0`);
}

const MEASURE_SHAPES =
  '"<indicator>", "<indicator>.<group>", "<indicator>.gap.<a>-<b>", "<indicator>.parity.<b>/<a>", "tiles.<layer>.<metric>", "points.<layer>.count" or "points.<layer>.sum"';

/** Why `key` is not a column of districts.csv for this project, or undefined if it is. */
export function measureProblem(key: string, catalogue: Catalogue): string | undefined {
  const m = parseMeasure(key);
  if (!m) return `"${key}" is not a districts.csv column: write ${MEASURE_SHAPES}`;
  if (m.kind === 'tiles') {
    const layer = catalogue.tiles.find((t) => t.name === m.layer);
    if (!layer) return `no tile layer named "${m.layer}" ${listing('tile layers', catalogue.tiles.map((t) => t.name))}`;
    if (layer.by) return `tile layer "${m.layer}" is summarised by its "by" columns, so its figures are in tiles.${m.layer}.csv, not districts.csv; use a layer without "by"`;
    const metrics = tileMetrics(layer.thresholdMbps);
    return metrics.includes(m.metric) ? undefined : `tile layer "${m.layer}" has no metric "${m.metric}" ${listing('metrics', metrics)}`;
  }
  if (m.kind === 'points') {
    const points = catalogue.layers.filter((layer) => layer.kind === 'point layer').map((layer) => layer.name);
    if (!points.includes(m.layer)) return `no point layer named "${m.layer}" ${listing('point layers', points)}`;
    return m.metric === 'sum' && !catalogue.pointSums.includes(m.layer) ? `point layer "${m.layer}" has no "value" column, so it has no sum` : undefined;
  }
  const id = m.indicator;
  const indicator = catalogue.indicators.get(id);
  if (!indicator && catalogue.ids.some((other) => other.name === id && other.path === 'composite')) {
    return `"${key}" is a column of the composite index itself; its measures are other columns`;
  }
  if (!indicator) return `no indicator "${id}" ${listing('indicators', [...catalogue.indicators.keys()])}`;
  if (indicator.kind === 'value') return m.kind === 'value' ? undefined : `"${id}" is a value indicator; its column is "${id}"`;
  const groupColumns = indicator.groups.map((group) => rateColumn(id, group));
  if (m.kind === 'value') return `"${id}" is a rate indicator; name one of its group columns (${groupColumns.join(', ')})`;
  if (m.kind === 'rate') return indicator.groups.includes(m.group) ? undefined : `indicator "${id}" has no group "${m.group}" ${listing('groups', indicator.groups)}`;
  const column = m.kind === 'gap' ? gapColumn : parityColumn;
  if (indicator.gaps.some(([a, b]) => a === m.a && b === m.b)) return undefined;
  if (indicator.gaps.some(([a, b]) => a === m.b && b === m.a)) return `the gap is declared as ["${m.b}", "${m.a}"]: write "${column(id, m.b, m.a)}"`;
  const declared = indicator.gaps.map(([a, b]) => column(id, a, b));
  return `indicator "${id}" has no gap ["${m.a}", "${m.b}"] ${declared.length > 0 ? `(its ${m.kind} columns: ${declared.join(', ')})` : '(it declares no "gaps")'}`;
}
