// Column names and values that give away what a column holds, from the files planners
// bring: KNBS and US Census tables, HDX admin boundaries, Ookla tiles, facility lists.

import { numberStyle, parseNumberText } from '../formats/number-text.ts';

export type SampleRows = readonly Readonly<Record<string, string | null>>[];

/** Patterns in order of preference; a column's rank is the first pattern its name matches. */
export const NAMES = {
  districtId: [/^geo_?id$/i, /^(district|county|region|province|admin)_?(id|code)$/i, /^fips$|_fips$/i, /^adm\d_pcode$|pcode$/i, /^(id|code)$/i, /(_|^)(id|code)$/i],
  districtName: [/^(name|county_name|district_name|region_name)$/i, /^adm\d_en$|^name_\d$/i, /(_|^)name$/i, /^(county|district|region|province)$/i, /name/i],
  lon: [/^(lon|lng|long|longitude)$/i, /^x$/i, /(^|_)(lon|lng|longitude)(_|$)/i],
  lat: [/^(lat|latitude)$/i, /^y$/i, /(^|_)(lat|latitude)(_|$)/i],
  pointId: [/^id$/i, /(_|^)id$/i, /(_|^)(code|no|number)$/i],
  value: [/^(population|pop|value|count|total)$/i, /(_|^)(pop|population)\d*(_|$)/i],
  quadkey: [/^quadkey$/i, /quad_?key|^qk$/i],
  download_kbps: [/^avg_d_kbps$/i, /download|(^|_)dl(_|$)|(^|_)down(_|$)/i],
  upload_kbps: [/^avg_u_kbps$/i, /upload|(^|_)ul(_|$)|(^|_)up(_|$)/i],
  latency_ms: [/^avg_lat_ms$/i, /latency|ping|(^|_)rtt(_|$)|lat_ms/i],
  tests: [/^tests$/i, /(^|_)tests?(_|$)|test_count|samples/i],
  devices: [/^devices$/i, /(^|_)devices?(_|$)|device_count/i],
  by: [/^period$/i, /^(quarter|year|month|date)$/i],
  networkType: [/^network_?type$/i, /^(conn|connection)_?type$/i],
} as const satisfies Record<string, readonly RegExp[]>;

/** Where `name` ranks among `patterns` (0 = best), or undefined when it matches none. */
export function nameRank(name: string, patterns: readonly RegExp[]): number | undefined {
  const i = patterns.findIndex((p) => p.test(name));
  return i < 0 ? undefined : i;
}

/** Columns whose names match `patterns`, best first (file order on a tie). */
export function byName(columns: readonly string[], patterns: readonly RegExp[], exclude: readonly string[] = []): string[] {
  return columns
    .map((c, i) => ({ c, i, rank: exclude.includes(c) ? undefined : nameRank(c, patterns) }))
    .filter((x): x is { c: string; i: number; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.c);
}

/** Non-empty sample values of a column, in order. */
export function valuesOf(sample: SampleRows, column: string): string[] {
  return sample.map((r) => r[column]).filter((v): v is string => v !== null && v !== undefined && v.trim() !== '');
}

/** True when every non-empty value differs and there is at least one. */
export function isUnique(sample: SampleRows, column: string): boolean {
  const values = valuesOf(sample, column);
  return values.length === sample.length && values.length > 0 && new Set(values).size === values.length;
}

/** True when every non-empty value is a number (decimal comma read when `decimalComma`), and ids with leading zeros are not. */
export function isNumeric(sample: SampleRows, column: string, decimalComma: boolean): boolean {
  const values = valuesOf(sample, column);
  if (values.length === 0 || values.some((v) => /^[+-]?0\d/.test(v.trim()))) return false;
  const style = numberStyle(values);
  return style === 'integer' || style === 'point' || (style === 'comma' && decimalComma);
}

/** Numbers of a column (NaN where a value is not one). */
export function numbersOf(sample: SampleRows, column: string, decimalComma: boolean): number[] {
  return valuesOf(sample, column).map((v) => parseNumberText(v, decimalComma));
}

/** True when a column holds quadkeys: digits 0–3 of one length, 1–23 (zoom levels of the Bing tile scheme). */
export function looksLikeQuadkeys(values: readonly string[]): boolean {
  if (values.length === 0) return false;
  const length = values[0]!.length;
  return length >= 1 && length <= 23 && values.every((v) => v.length === length && /^[0-3]+$/.test(v));
}
