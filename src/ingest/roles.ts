// What a sniffed file probably is in the project (district boundaries, a table per district,
// speed-test tiles, points) and which columns fill each slot, with the reasons, so that the
// "Add data" dialog starts from a good guess the planner only confirms. Slot names are the
// project format's keys; a table's suggested filter is "where.<column>" → value.
import { joinMatch, nearMatches, suggestWhere, type JoinMatch } from './join-match.ts';
import { byName, isNumeric, isUnique, NAMES, valuesOf } from './role-columns.ts';
import { asReasons, guessPoints, guessTiles } from './roles-located.ts';
import { guessReason as why, type CodedText, type GuessCode } from '../core/load-codes.ts';
import type { RoleGuess } from './role-guess.ts';
import type { Sniffed } from './sniff.ts';

export { joinMatch, type JoinMatch } from './join-match.ts';
export type { Role, RoleGuess } from './role-guess.ts';

export interface RoleContext {
  /** Ids of the project's districts, as text. */
  readonly districtIds?: readonly string[];
  /** [west, south, east, north] of the districts, in degrees. */
  readonly districtBounds?: readonly [number, number, number, number];
}

/** Plausible roles for a sniffed file, best first (confidence > 0 only). */
export function guessRoles(s: Sniffed, ctx: RoleContext = {}): RoleGuess[] {
  const guesses =
    s.kind === 'geojson' || s.kind === 'topojson'
      ? [guessDistricts(s)]
      : [guessTable(s, ctx), guessTiles(s.columns, s.sample, s.decimalComma ?? false), guessPoints(s.columns, s.sample, s.decimalComma ?? false, ctx.districtBounds), guessBoundaryTable(s)];
  const located = guesses.some((g) => g !== undefined && g.role !== 'table' && g.confidence >= 0.6);
  return guesses
    .filter((g): g is RoleGuess => g !== undefined && g.confidence > 0)
    .map((g) => (g.role === 'table' && located ? { ...g, confidence: g.confidence * 0.5, ...asReasons([...g.coded, why('locatedColumns', {}, 'the file has tile or coordinate columns')]) } : g))
    .map((g) => ({ ...g, confidence: Math.round(g.confidence * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence);
}

function guessDistricts(s: Sniffed): RoleGuess {
  const types = s.geometry?.types ?? [];
  const polygons = types.includes('Polygon') || types.includes('MultiPolygon');
  const reasons: CodedText<GuessCode>[] = [];
  const unique = s.geometry?.uniqueProperties ?? s.columns.filter((c) => isUnique(s.sample, c));
  // A property named like an id wins even when it repeats: the repeats are the problem to report.
  const named = byName(unique, NAMES.districtId)[0] ?? byName(s.columns, NAMES.districtId)[0];
  const id = named ?? unique[0] ?? s.columns[0];
  if (id === undefined) reasons.push(why('noProperties', {}, 'the features have no properties to take a district id from'));
  else if (unique.includes(id)) reasons.push(why('uniqueId', { column: id }, `"${id}" has a different value on every feature`));
  else reasons.push(why('repeatedId', { column: id }, `"${id}" repeats some values; features with a repeated id will be skipped`));
  const texts = s.columns.filter((c) => c !== id && valuesOf(s.sample, c).length > 0 && !isNumeric(s.sample, c, false));
  const name = byName(texts, NAMES.districtName)[0] ?? texts[0] ?? id;
  if (name !== undefined && name !== id) reasons.push(why('names', { column: name }, `"${name}" holds names`));
  if (!polygons) reasons.push(types.length ? why('notPolygons', { types: types.join(', ') }, `the features are ${types.join(', ')}, not polygons`) : why('noGeometry', {}, 'the features are without geometry, not polygons'));
  const confidence = !polygons ? 0.1 : id === undefined ? 0.2 : !unique.includes(id) ? 0.5 : named === id ? 0.95 : 0.8;
  const mapping: Record<string, string> = {};
  if (id !== undefined) mapping.id = id;
  if (name !== undefined) mapping.name = name;
  return { role: 'districts', confidence, mapping, ...asReasons(reasons) };
}

/** Outlines as WKT ("POLYGON ((…") or hex WKB (GeoParquet geometry read as text). */
const GEOMETRY_TEXT = /^\s*(SRID=\d+;)?\s*(MULTI)?POLYGON\b|^0[01]0[36]000000|^0[01]000000[03]6/i;

/** A table whose rows are districts with their outlines in a geometry column. */
function guessBoundaryTable(s: Sniffed): RoleGuess | undefined {
  const geometry = s.columns.find((c) => {
    const values = valuesOf(s.sample, c);
    return values.length > 0 && values.every((v) => GEOMETRY_TEXT.test(v));
  });
  if (geometry === undefined) return undefined;
  const rest = { ...s, columns: s.columns.filter((c) => c !== geometry) };
  const districts = guessDistricts({ ...rest, kind: 'geojson', geometry: { features: s.sample.length, types: ['Polygon'], nullGeometries: 0, bbox: null, uniqueProperties: rest.columns.filter((c) => isUnique(s.sample, c)) } });
  return { ...districts, mapping: { ...districts.mapping, geometry }, ...asReasons([why('outlines', { column: geometry }, `"${geometry}" holds district outlines (WKT or WKB)`), ...districts.coded]) };
}

function guessTable(s: Sniffed, ctx: RoleContext): RoleGuess | undefined {
  const ids = ctx.districtIds ?? [];
  const decimalComma = s.decimalComma ?? false;
  if (s.columns.length === 0) return undefined;
  const reasons: CodedText<GuessCode>[] = [];
  const mapping: Record<string, string> = {};
  let confidence: number;
  let match: JoinMatch | undefined;
  let district: string;
  if (ids.length > 0) {
    const scored = s.columns.map((c, i) => {
      const values = s.sample.map((r) => r[c] ?? null);
      return { c, i, exact: joinMatch(values, ids).matched, near: nearMatches(c, values, ids), rank: byName([c], NAMES.districtId).length };
    });
    scored.sort((a, b) => b.exact - a.exact || b.near.rows - a.near.rows || b.rank - a.rank || a.i - b.i);
    const best = scored[0]!;
    district = best.c;
    const where = best.exact > 0 ? suggestWhere(s.sample, district, ids) : undefined;
    const rows = where ? s.sample.filter((r) => r[where.column] === where.value) : s.sample;
    match = joinMatch(rows.map((r) => r[district] ?? null), ids);
    if (where) {
      mapping[`where.${where.column}`] = where.value;
      reasons.push(where.reason);
    }
    const distinct = new Set(rows.map((r) => r[district]).filter((v) => v !== null && ids.includes(v!))).size;
    reasons.unshift(
      best.exact > 0
        ? why('idsMatch', { column: district, distinct, ids: ids.length, matched: match.matched, total: match.total }, `"${district}" matches ${distinct} of ${ids.length} district ids (${match.matched} of ${match.total} sample rows)`)
        : best.near.rows > 0
          ? why('noIdMatchClosest', { column: district }, `no column's values are district ids; "${district}" comes closest`)
          : why('noIdMatch', {}, "no column's values are district ids"),
    );
    reasons.push(...best.near.reasons);
    confidence = best.exact > 0 ? 0.2 + 0.75 * match.rate : best.near.rows > 0 ? 0.3 : 0.1;
  } else {
    const named = byName(s.columns, NAMES.districtId);
    district = named.find((c) => isUnique(s.sample, c)) ?? named[0] ?? s.columns[0]!;
    reasons.push(
      named.includes(district)
        ? why('namedLikeId', { column: district }, `"${district}" is named like a district id`)
        : why('firstColumn', { column: district }, `no column is named like a district id; "${district}" is the first column`),
    );
    confidence = named.includes(district) ? 0.5 : 0.2;
  }
  mapping.district = district;
  const filters = Object.keys(mapping).filter((k) => k.startsWith('where.')).map((k) => k.slice(6));
  const numeric = s.columns.filter((c) => c !== district && !filters.includes(c) && isNumeric(s.sample, c, decimalComma));
  const n = numeric.length;
  if (n > 0) reasons.push(why(decimalComma ? 'numericComma' : 'numeric', { count: n }, `${n} numeric column${n === 1 ? '' : 's'}${decimalComma ? ' (decimal comma)' : ''}`));
  return { role: 'table', confidence: Math.min(0.95, confidence), mapping, ...asReasons(reasons), numeric, ...(match ? { match } : {}) };
}
