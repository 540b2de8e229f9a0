// The add-data dialog's reasons for its guess, worded from their codes (issue #17): on small
// files written here for each reason and on Kenya's real counties, English from the catalogue
// reads as the guesser's own sentence, and Swahili and Arabic translate it with its columns
// and figures kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GUESS_CODES, type CodedText, type GuessCode } from '../../../src/core/load-codes.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import { guessRoles, type RoleContext } from '../../../src/ingest/roles.ts';
import { sniffFile, type FileLike } from '../../../src/ingest/sniff.ts';
import { codedGuess, guessText } from '../../../src/state/load-text.ts';
import { DATA } from '../../helpers/paths.ts';

const english = wordsOf(createI18n('en'));
const swahili = wordsOf(createI18n('sw'));
const arabic = wordsOf(createI18n('ar'));

function named(name: string, content: string | Uint8Array): FileLike {
  const blob = new Blob([typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content)]);
  return { name, size: blob.size, slice: (start, end) => blob.slice(start, end) };
}
const counties = await sniffFile(named('ke_counties.geojson', new Uint8Array(readFileSync(path.join(DATA, 'kenya/ke_counties.geojson')))));
const kenya: RoleContext = { districtIds: counties.sample.map((r) => r.geo_id!), districtBounds: counties.geometry!.bbox! };
const fips: RoleContext = { districtIds: ['01001', '01003', '01005'] };

/** Every reason of every guess for a file written here. */
async function reasons(name: string, text: string, ctx: RoleContext = {}): Promise<CodedText<GuessCode>[]> {
  return guessRoles(await sniffFile(named(name, text)), ctx).flatMap((g) => g.coded);
}

/** Files that between them give nearly every reason (the comment says which). */
async function allReasons(): Promise<CodedText<GuessCode>[]> {
  const point = (lon: number, lat: number) => ({ type: 'Feature', properties: { code: `P${lon}` }, geometry: { type: 'Point', coordinates: [lon, lat] } });
  return [
    // Kenya's counties: a unique id and names.
    ...guessRoles(counties, {}).flatMap((g) => g.coded),
    // KNBS-like rows for the nation and counties: ids match, a filter, numbers; "ke-01" only matches ignoring case.
    ...(await reasons('t.csv', 'geo_id,admin_level,users\nKE,national,9\nKE-01,county,1\nKE-02,county,2\nKE-03,county,3\n', kenya)),
    ...(await reasons('case.csv', 'code,users\nke-01,1\nke-02,2\n', kenya)),
    // FIPS codes that lost their leading zero, and padded with spaces; repeated counties.
    ...(await reasons('fips.csv', 'fips,n\n1001,1\n1003,2\n', fips)),
    ...(await reasons('pad.csv', 'fips,n\n" 01001",1\n" 01003",2\n', fips)),
    ...(await reasons('dup.csv', 'fips,kind,n\n01001,a,1\n01001,b,2\n01003,a,3\n01003,b,4\n', fips)),
    // Without districts: a column named like an id, else the first column; decimal commas.
    ...(await reasons('named.csv', 'geo_id,n\nA,1\nB,2\n')),
    ...(await reasons('first.csv', 'foo;n\nA;1,5\nB;2,5\n')),
    // Clinics with lat and lon swapped (Nairobi at "lat" 36.8), and a projected file.
    ...(await reasons('clinics.csv', 'facility_id,lat,lon\nC1,36.82,-1.29\nC2,36.95,-0.42\n', kenya)),
    ...(await reasons('utm.csv', 'id,lon,lat\nA,500000,9800000\nB,510000,9810000\n', kenya)),
    ...(await reasons('range.csv', 'id,lat,lon\nA,120,10\nB,121,11\n')),
    // A grid with no unique column: its population is summed.
    ...(await reasons('grid.csv', 'lon,lat,population\n36.8,-1.2,5\n36.8,-1.2,5\n', kenya)),
    // Ookla's own columns; then tiles mixing fixed and mobile, by quarter, without tests and devices.
    ...(await reasons('ookla.csv', 'quadkey,avg_d_kbps,avg_u_kbps,avg_lat_ms,tests,devices\n1230123012301230,1,2,3,4,5\n1230123012301231,1,2,3,4,5\n')),
    ...(await reasons('tiles.csv', 'quadkey,avg_d_kbps,avg_u_kbps,avg_lat_ms,network_type,quarter\n1230123012301230,1,2,3,fixed,2022Q1\n1230123012301231,1,2,3,mobile,2022Q1\n')),
    // Boundaries as points, with a repeated id, and as a table of WKT outlines.
    ...(await reasons('rep.geojson', JSON.stringify({ type: 'FeatureCollection', features: [point(1, 1), point(2, 2)].map((f) => ({ ...f, properties: { geo_id: 'A' } })) }))),
    ...(await reasons('pts.geojson', JSON.stringify({ type: 'FeatureCollection', features: [point(1, 1), point(2, 2)] }))),
    ...(await reasons('wkt.csv', 'geo_id,name,wkt\nA,Alpha,"POLYGON ((0 0, 1 0, 1 1, 0 0))"\nB,Beta,"POLYGON ((1 1, 2 1, 2 2, 1 1))"\n')),
  ];
}

describe('guess reasons', () => {
  test('every guess code has an English key (plural or not)', () => {
    const keys = new Set(Object.keys(en).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
    expect(GUESS_CODES.filter((code) => !keys.has(`guess.${code}`))).toEqual([]);
  });

  test('English worded from the catalogue is the guesser’s sentence, byte for byte, for every reason the files give', async () => {
    const all = await allReasons();
    for (const reason of all) {
      expect(codedGuess(reason, english), reason.code).toBe(reason.text);
      expect(guessText(reason, english)).toBe(reason.text);
    }
    // The reasons these files do not give: features without properties or without geometry.
    const seen = new Set(all.map((r) => r.code));
    expect(GUESS_CODES.filter((c) => !seen.has(c))).toEqual(['noProperties', 'noGeometry']);
  });

  test('Swahili and Arabic keep the columns and figures', async () => {
    const clinics = await reasons('clinics.csv', 'facility_id,lat,lon\nC1,36.82,-1.29\nC2,36.95,-0.42\n', kenya);
    const swapped = clinics.find((r) => r.code === 'swappedBounds')!;
    expect(guessText(swapped, swahili)).toBe('viwianishi vinaonekana kubadilishana (lat/lon): pointi 2 kati ya 2 za sampuli zinaangukia ndani ya wilaya ikiwa tu “lat” ni longitudo na “lon” ni latitudo');
    const fipsLost = (await reasons('fips.csv', 'fips,n\n1001,1\n1003,2\n', fips)).find((r) => r.code === 'nearZeros')!;
    expect(guessText(fipsLost, arabic)).toBe('صفوف أخرى من «fips» وعددها ٢ ستطابق إذا أُهملت الأصفار في البداية، وقد ضاعت (أو أُضيفت) على الأرجح في جدول بيانات: أبقِ العمود نصًا (مثلاً «1001» مقابل معرّف المنطقة «01001»)');
  });
});
