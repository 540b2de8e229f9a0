// Guesses for files whose rows are places: speed-test tiles (a quadkey per row, Ookla's
// open data schema) and points (facilities, sites, population grid cells: a longitude and a
// latitude per row). Coordinates are checked against the districts' bounds when known, which
// catches the commonest mistake in facility lists: latitude and longitude swapped.
import { byName, isNumeric, isUnique, looksLikeQuadkeys, NAMES, numbersOf, valuesOf, type SampleRows } from './role-columns.ts';
import { guessReason as why, type CodedText, type GuessCode } from '../core/load-codes.ts';
import type { RoleGuess } from './role-guess.ts';

const TILE_SLOTS = ['download_kbps', 'upload_kbps', 'latency_ms', 'tests', 'devices'] as const;
/** Fewest characters a quadkey needs to be recognised by its values alone: shorter 0–3 strings are usually codes or flags. */
const MIN_UNNAMED_QUADKEY = 6;

/** A tile layer guess: quadkey column by name or values, metrics by Ookla's names first, then by likely names. */
export function guessTiles(columns: readonly string[], sample: SampleRows, decimalComma: boolean): RoleGuess | undefined {
  const byValues = columns.filter((c) => {
    const v = valuesOf(sample, c);
    return looksLikeQuadkeys(v) && v[0]!.length >= MIN_UNNAMED_QUADKEY;
  });
  const named = byName(columns, NAMES.quadkey).filter((c) => looksLikeQuadkeys(valuesOf(sample, c)));
  const quadkey = named[0] ?? byValues[0];
  if (quadkey === undefined) return undefined;
  const zoom = valuesOf(sample, quadkey)[0]?.length ?? 0;
  const reasons = [why('quadkeys', { column: quadkey, zoom }, `"${quadkey}" holds quadkeys (zoom ${zoom})`)];
  const mapping: Record<string, string> = { quadkey };
  const taken = [quadkey];
  for (const slot of TILE_SLOTS) {
    const column = byName(columns, NAMES[slot], taken).find((c) => isNumeric(sample, c, decimalComma));
    if (column === undefined) continue;
    mapping[slot] = column;
    taken.push(column);
  }
  const missing = TILE_SLOTS.filter((slot) => mapping[slot] === undefined);
  const ookla = TILE_SLOTS.every((slot) => mapping[slot] !== undefined && NAMES[slot][0].test(mapping[slot]!));
  if (ookla) reasons.push(why('ooklaNames', {}, "the columns are named as in Ookla's open data"));
  if (missing.length > 0) reasons.push(why('tileSlotsMissing', { slots: missing.join(', ') }, `no column found for ${missing.join(', ')}`));
  // Ookla publishes fixed and mobile tests as separate files; a file holding both must be split.
  const network = byName(columns, NAMES.networkType, taken)[0];
  const networks = network === undefined ? [] : [...new Set(valuesOf(sample, network))];
  if (network !== undefined && networks.length > 1) {
    mapping[`where.${network}`] = networks[0]!;
    const text = `${network} mixes ${networks.map((n) => `"${n}"`).join(' and ')} tests: keep one per layer (add the file again for the other)`;
    reasons.push(why('networksMixed', { column: network, first: networks[0]!, second: networks.slice(1).join('", "') }, text));
  }
  const by = byName(columns, NAMES.by, taken)[0];
  if (by !== undefined) {
    mapping.by = by;
    reasons.push(why('byPeriod', { column: by }, `"${by}" can split the figures by period`));
  }
  return { role: 'tiles', confidence: 0.4 + 0.55 * ((TILE_SLOTS.length - missing.length) / TILE_SLOTS.length), mapping, ...asReasons(reasons) };
}

/** A point layer guess: longitude and latitude columns by name and range, swapped when only that fits the districts' bounds. */
export function guessPoints(
  columns: readonly string[],
  sample: SampleRows,
  decimalComma: boolean,
  bounds: readonly [number, number, number, number] | undefined,
): RoleGuess | undefined {
  const notLatency = columns.filter((c) => byName([c], NAMES.latency_ms).length === 0);
  const coordinate = (c: string) => isNumeric(sample, c, decimalComma);
  let lon = byName(notLatency, NAMES.lon).find(coordinate);
  let lat = byName(notLatency, NAMES.lat, lon ? [lon] : []).find(coordinate);
  if (lon === undefined || lat === undefined) return undefined;
  const reasons: CodedText<GuessCode>[] = [];
  // Rows with both coordinates, so that each longitude stays with its latitude.
  const located = sample.filter((r) => r[lon!]?.trim() && r[lat!]?.trim());
  const xs = numbersOf(located, lon, decimalComma);
  const ys = numbersOf(located, lat, decimalComma);
  const within = (values: number[], limit: number) => values.every((v) => Math.abs(v) <= limit);
  let confidence = 0.85;
  let swapped = false;
  let swapReason: CodedText<GuessCode> | undefined;
  if (!within(xs, 180) || !within(ys, 180)) {
    const text = `values such as ${xs[0]}, ${ys[0]} are not degrees; the coordinates look projected: reproject them to WGS 84 (EPSG:4326) longitude/latitude`;
    reasons.push(why('projected', { x: String(xs[0]), y: String(ys[0]) }, text));
    confidence = 0.3;
  } else if (!within(ys, 90) && within(xs, 90)) {
    swapped = true;
    swapReason = why('swappedRange', { column: lat }, `coordinates look swapped (lat/lon): "${lat}" has values beyond ±90, so it holds longitudes`);
  }
  if (bounds && confidence > 0.3) {
    // The districts' bounds settle it both ways: a facility list covers the study area.
    const inside = (x: number, y: number) => x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3];
    const straight = xs.filter((x, i) => inside(x, ys[i]!)).length;
    const reversed = xs.filter((x, i) => inside(ys[i]!, x)).length;
    swapped = reversed > straight && reversed >= xs.length / 2;
    swapReason = swapped
      ? why('swappedBounds', { reversed, total: xs.length, lat, lon }, `coordinates look swapped (lat/lon): ${reversed} of ${xs.length} sample points fall inside the districts only with "${lat}" as longitude and "${lon}" as latitude`)
      : undefined;
    const hits = swapped ? reversed : straight;
    reasons.push(why('pointsInBounds', { hits, total: xs.length }, `${hits} of ${xs.length} sample points lie within the districts' bounds`));
    confidence = 0.4 + 0.55 * (xs.length === 0 ? 0 : hits / xs.length);
  }
  if (swapReason !== undefined) reasons.unshift(swapReason);
  if (swapped) [lon, lat] = [lat, lon];
  const mapping: Record<string, string> = { lon, lat };
  reasons.unshift(why('lonLat', { lon, lat }, `"${mapping.lon}" and "${mapping.lat}" hold longitude and latitude`));
  const others = columns.filter((c) => c !== lon && c !== lat);
  const id = byName(others, NAMES.pointId).find((c) => isUnique(sample, c)) ?? others.find((c) => isUnique(sample, c));
  if (id !== undefined) {
    mapping.id = id;
    reasons.push(why('pointId', { column: id }, `"${id}" has a different value on every row`));
  } else reasons.push(why('noPointId', {}, 'no column has a different value on every row, so the points have no id (fine for a grid)'));
  // Summing a column suits a grid of cells (no id); a list of places with ids (libraries,
  // schools) is counted, and its "population" is the people each serves, which summed per
  // district would count people twice over (issue #18).
  const value = id === undefined ? byName(others, NAMES.value).find((c) => isNumeric(sample, c, decimalComma)) : undefined;
  if (value !== undefined) {
    mapping.value = value;
    reasons.push(why('pointValue', { column: value }, `"${value}" will be summed per district (e.g. the population of each grid cell)`));
  }
  return { role: 'points', confidence, mapping, ...asReasons(reasons) };
}

/** A guess's reasons as the dialog takes them: English texts, and the same with their codes. */
export function asReasons(coded: readonly CodedText<GuessCode>[]): Pick<RoleGuess, 'reasons' | 'coded'> {
  return { reasons: coded.map((c) => c.text), coded };
}
