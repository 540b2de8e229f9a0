// Computes a project's indicators per district: SQL gathers the counts (the same SQL in
// browser and Node), then the pure functions of src/core turn them into rates, gaps and
// parity — in a web worker in the browser, in-process in Node.
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { countAlias, rateCountsSql, tableRef, valueSql } from '../db/indicator-sql.ts';
import type { GapResult } from '../core/indicators/rates.ts';
import { tableNamed } from '../core/project/tables.ts';
import { isRateIndicator, type Indicator, type Project } from '../core/project/types.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import { progressOf } from '../core/progress-steps.ts';

export interface GroupFigures {
  readonly group: string;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  /** Percent (0–100). */
  readonly rate: Float64Array;
  /** Margin of error of the rate in percentage points, where the data has margins. */
  readonly moe?: Float64Array;
}

export interface RateIndicatorResult {
  readonly kind: 'rate';
  readonly id: string;
  readonly label: string;
  readonly groups: readonly GroupFigures[];
  readonly gaps: readonly GapResult[];
  /** Margin of each gap in percentage points (aligned with `gaps`), where both groups have margins. */
  readonly gapMoe: readonly (Float64Array | undefined)[];
  readonly matchedRows: readonly number[];
}

export interface ValueIndicatorResult {
  readonly kind: 'value';
  readonly id: string;
  readonly label: string;
  readonly unit: string | undefined;
  readonly values: Float64Array;
  readonly matchedRows: readonly number[];
}

export type IndicatorResult = RateIndicatorResult | ValueIndicatorResult;

/** Figures computed earlier for an unchanged indicator (see LoadCache.indicators). */
export interface IndicatorMemo {
  get(indicator: Indicator): IndicatorResult | undefined;
  set(indicator: Indicator, result: IndicatorResult): void;
}

/** Every indicator of the project, aligned with the districts table order; `memo` skips unchanged ones. */
export async function runIndicators(db: Db, project: Project, compute: Compute, options: TaskOptions & { readonly memo?: IndicatorMemo } = {}): Promise<IndicatorResult[]> {
  const results: IndicatorResult[] = [];
  const indicators = project.indicators ?? [];
  for (const [i, indicator] of indicators.entries()) {
    options.onProgress?.(i, indicators.length, ...progressOf('indicator', { indicator: indicator.id }));
    const kept = options.memo?.get(indicator);
    const result = kept ?? (await runIndicator(db, project, indicator, compute, options));
    if (!kept) options.memo?.set(indicator, result);
    results.push(result);
  }
  options.onProgress?.(indicators.length, indicators.length, ...progressOf('done'));
  return results;
}

/** One indicator's figures per district: counts by SQL, then rates, gaps and margins in a worker. */
async function runIndicator(db: Db, project: Project, indicator: Indicator, compute: Compute, options: TaskOptions): Promise<IndicatorResult> {
  const ref = tableRef(tableNamed(project, indicator.table, `indicator "${indicator.id}"`));
  const label = indicator.label ?? indicator.id;
  if (!isRateIndicator(indicator)) {
    const sql = valueSql(indicator, ref);
    const cols = await db.queryColumns(sql.text, sql.params);
    return { kind: 'value', id: indicator.id, label, unit: indicator.unit, values: doubleColumn(cols, 'value'), matchedRows: (cols.matched_rows as number[]) ?? [] };
  }
  const sql = rateCountsSql(indicator, ref);
  const cols = await db.queryColumns(sql.text, sql.params);
  const groups = Object.keys(indicator.rate).map((group) => ({
    group,
    numerator: doubleColumn(cols, countAlias(group, 'numerator')),
    denominator: doubleColumn(cols, countAlias(group, 'denominator')),
  }));
  const out = await compute.call('rates', [{ groups, gaps: indicator.gaps ?? [] }], options);
  const moe = new Map<string, Float64Array>();
  for (const g of groups) {
    if (!indicator.moe?.[g.group]) continue;
    const margin = (part: 'numerator_moe' | 'denominator_moe') => doubleColumn(cols, countAlias(g.group, part));
    moe.set(g.group, await compute.call('rateMargins', [g.numerator, g.denominator, margin('numerator_moe'), margin('denominator_moe')], options));
  }
  const gapMoe = [];
  for (const gap of out.gaps) {
    const a = moe.get(gap.a);
    const b = moe.get(gap.b);
    gapMoe.push(a && b ? await compute.call('gapMargins', [a, b], options) : undefined);
  }
  return {
    kind: 'rate',
    id: indicator.id,
    label,
    groups: groups.map((g) => ({ ...g, rate: out.rates[g.group]!, ...(moe.has(g.group) ? { moe: moe.get(g.group)! } : {}) })),
    gaps: out.gaps,
    gapMoe,
    matchedRows: (cols.matched_rows as number[]) ?? [],
  };
}
