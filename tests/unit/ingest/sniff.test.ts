// sniffFile on small files written here (each case says what it holds), the real Kenya ICT
// table and Hawaii counties, a Parquet file written in the test run, and gzip made with
// node:zlib. Files are Blobs with a name, as a browser File is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/core/report.ts';
import { sniffFile, type FileLike } from '../../../src/ingest/sniff.ts';
import { districtsParquet } from '../../fixtures/ingest/parquet-fixture.ts';
import { DATA, ROOT } from '../../helpers/paths.ts';

function named(name: string, content: string | Uint8Array): FileLike {
  const blob = new Blob([typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content)]);
  return { name, size: blob.size, slice: (start, end) => blob.slice(start, end) };
}
const fail = (file: FileLike, options = {}) => sniffFile(file, options).then(() => 'no error', (e: unknown) => (e instanceof InputError ? e.message : `not an InputError: ${String(e)}`));

describe('delimited text', () => {
  test('the separator is whichever splits header and rows alike: comma, semicolon, tab, pipe', async () => {
    for (const [d, name] of [[',', 'a.csv'], [';', 'a.csv'], ['\t', 'a.tsv'], ['|', 'a.txt']] as const) {
      const s = await sniffFile(named(name, `geo_id${d}name${d}n\nKE-01${d}Mombasa${d}1\nKE-02${d}Kwale${d}2\n`));
      expect([s.kind, s.delimiter, s.columns, s.sample[1]]).toEqual(['delimited', d, ['geo_id', 'name', 'n'], { geo_id: 'KE-02', name: 'Kwale', n: '2' }]);
    }
  });

  test('a byte order mark is removed and reported; CRLF line ends and quoted separators are read', async () => {
    const s = await sniffFile(named('a.csv', '\ufeffgeo_id,name\r\nKE-01,"Mombasa, Coast"\r\nKE-02,"Say ""hi"""\r\n'));
    expect(s.bom).toBe(true);
    expect(s.columns).toEqual(['geo_id', 'name']);
    expect(s.sample).toEqual([
      { geo_id: 'KE-01', name: 'Mombasa, Coast' },
      { geo_id: 'KE-02', name: 'Say "hi"' },
    ]);
    expect((await sniffFile(named('a.csv', 'a,b\n1,2\n'))).bom).toBe(false);
  });

  test('decimal commas are noticed in a ;-separated file, not confused with a comma-separated one', async () => {
    const eu = await sniffFile(named('a.csv', 'geo_id;share;n\nKE-01;12,5;3\nKE-02;-3,25;4\n'));
    expect([eu.delimiter, eu.decimalComma, eu.sample[0]?.share]).toEqual([';', true, '12,5']);
    const us = await sniffFile(named('a.csv', 'geo_id,share\nKE-01,12.5\nKE-02,3\n'));
    expect([us.delimiter, us.decimalComma]).toEqual([',', false]);
  });

  test('column names are the ones DuckDB will give: trimmed, "column<i>" when empty, "_1" on a repeat', async () => {
    const s = await sniffFile(named('a.csv', ' a ,,a,A\n1,2,3,4\n'));
    expect(s.columns).toEqual(['a', 'column1', 'a_1', 'A_2']);
  });

  test('empty cells are null; a short row is padded with null and reported with its line', async () => {
    const s = await sniffFile(named('a.csv', 'a,b,c\n1,,3\n\n4,5\n6,7,8\n'));
    expect(s.sample).toEqual([
      { a: '1', b: null, c: '3' },
      { a: '4', b: '5', c: null },
      { a: '6', b: '7', c: '8' },
    ]);
    // Line 4: line 3 is blank.
    expect(s.issues).toEqual([{ file: 'a.csv', row: 4, reason: 'this line has 2 fields but the header has 3; it will be skipped', code: 'fieldCount', values: { fields: 2, header: 3 } }]);
  });

  test('a single column is a table too', async () => {
    const s = await sniffFile(named('ids.csv', 'geo_id\n01001\n01003\n'));
    expect([s.delimiter, s.columns, s.rowEstimate]).toEqual([',', ['geo_id'], 2]);
  });

  test('only the head of a big file is read; rows are estimated from it', async () => {
    // The real KNBS table: header of 686 bytes, then rows of ~200 bytes; 4 KiB hold 17 whole rows.
    const text = readFileSync(path.join(DATA, 'kenya/ke_ict_by_sex.csv'), 'utf8');
    const rows = text.trimEnd().split('\n').length - 1;
    const s = await sniffFile(named('ke_ict_by_sex.csv', text), { headBytes: 4096, sampleRows: 5 });
    expect(s.sample.length).toBe(5);
    expect(s.sample[0]?.geo_id).toBe('KE');
    expect(s.rowEstimate).toBeGreaterThan(rows * 0.8);
    expect(s.rowEstimate).toBeLessThan(rows * 1.2);
    expect((await sniffFile(named('ke_ict_by_sex.csv', text))).rowEstimate).toBe(rows);
  });

  test('a .csv.gz is sniffed through gzip without reading all of it', async () => {
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/ingest/ke-ict-3-counties.csv'), 'utf8');
    const s = await sniffFile(named('ke_ict.csv.gz', new Uint8Array(gzipSync(text))));
    expect([s.kind, s.compressed, s.rowEstimate, s.sample.map((r) => r.county_name)]).toEqual(['delimited', true, 3, ['Mombasa', 'Kwale', 'Kilifi']]);
    expect(s.size).toBeLessThan(text.length);
  });
});

describe('files that cannot be used', () => {
  test('empty, header only, separators that disagree', async () => {
    expect(await fail(named('a.csv', ''))).toBe('a.csv: the file is empty');
    expect(await fail(named('a.csv', '\ufeff\n\n'))).toBe('a.csv: the file is empty');
    expect(await fail(named('a.csv', 'a,b\r\n'))).toBe('a.csv: the file has a header row but no data rows');
    expect(await fail(named('a.csv', 'a,b;c\n1;2;3;4\n5,6,7,8\n'))).toBe(
      'a.csv: cannot tell how the columns are separated: no separator (comma, semicolon, tab or "|") gives the header and the data rows the same number of columns',
    );
  });

  test('text that is not UTF-8: Windows-1252 and UTF-16 are read with a note naming the encoding; other bytes are refused', async () => {
    // "Bogotá" in Windows-1252 on line 3, right before the line end.
    const latin = Uint8Array.from([...'city,n\nCali,1\nBogot'].map((c) => c.charCodeAt(0)).concat([0xe1, 0x0a]));
    const read = await sniffFile(named('a.csv', latin));
    expect(read.sample).toEqual([{ city: 'Cali', n: '1' }, { city: 'Bogotá', n: null }]);
    expect(read.issues[0]?.reason).toMatch(/^not UTF-8: read as Windows-1252 \(Latin-1\), the usual encoding of older Excel exports \(line 3: "Bogotá"\)/);
    // "a,b\n1,2\n" in UTF-16 LE with its byte order mark.
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'a,b\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const wide = await sniffFile(named('a.csv', utf16));
    expect(wide.sample).toEqual([{ a: '1', b: '2' }]);
    expect(wide.issues[0]?.reason).toBe(`read as UTF-16 LE text (it starts with its byte order mark), as Excel's "Unicode Text" saves it`);
    // 0x81 is undefined in Windows-1252: no guess at the encoding, the byte is named.
    const other = Uint8Array.from([0x61, 0x0a, 0x81, 0x0a]);
    expect(await fail(named('a.csv', other))).toBe('a.csv, row 2: not UTF-8 text (byte 0x81 at byte 3 is not valid UTF-8); save the file as UTF-8 (Excel: Save As → "CSV UTF-8") and load it again');
  });

  test('too large for the browser, by size alone: nothing but the first bytes is read', async () => {
    const reads: [number | undefined, number | undefined][] = [];
    const huge: FileLike = { name: 'tiles.csv', size: 2_000_000_000, slice: (a, b) => (reads.push([a, b]), new Blob(['quadkey\n0123\n'])) };
    expect(await fail(huge)).toBe(
      'tiles.csv: the file is 1.9 GB, more than the 1 GB the browser can load; run it with `lastmile run` on the command line, or filter the file to the districts you need first',
    );
    expect(reads).toEqual([[0, 4]]);
    const geo: FileLike = { ...huge, name: 'b.geojson', size: 300 * 1024 ** 2 };
    expect(await fail(geo)).toMatch(/^b\.geojson: the file is 300 MB, more than the 200 MB the browser can load/);
    expect(await fail(named('a.csv', 'a\n1\n'), { maxTableBytes: 2 })).toMatch(/^a\.csv: the file is 4 bytes, more than the 2 bytes/);
  });

  test('extensions that are not supported say what to do', async () => {
    expect(await fail(named('survey.xlsx', 'PK'))).toBe('survey.xlsx: cannot read ".xlsx" (a spreadsheet); save the sheet as "CSV UTF-8" and load that');
    expect(await fail(named('counties.shp', 'x'))).toBe('counties.shp: cannot read ".shp"; convert the boundaries to GeoJSON (e.g. in QGIS, or at mapshaper.org) and load that');
    expect(await fail(named('README', 'x'))).toMatch(/^README: cannot read a file without an extension; supported: \.csv/);
  });

  test('names and bytes that disagree', async () => {
    expect(await fail(named('a.csv.gz', 'a,b\n1,2\n'))).toBe('a.csv.gz: named .gz but not gzip-compressed (the gzip signature is missing)');
    expect(await fail(named('a.csv', new Uint8Array(gzipSync('a,b\n1,2\n'))))).toBe('a.csv: the file is gzip-compressed but its name does not end in .gz; rename it to "a.csv.gz"');
    expect(await fail(named('a.parquet', 'a,b\n1,2\n'))).toBe('a.parquet: named .parquet but not a Parquet file (the "PAR1" signature is missing)');
    expect(await fail(named('a.csv', districtsParquet()))).toBe('a.csv: this is a Parquet file; rename it to end in .parquet');
    expect(await fail(named('a.geojson.gz', new Uint8Array(gzipSync('{}'))))).toBe('a.geojson.gz: boundary files are read uncompressed; decompress it to "a.geojson" and load that');
  });
});

describe('Parquet', () => {
  test('columns, first rows as text and the exact row count from the footer', async () => {
    const s = await sniffFile(named('d.parquet', districtsParquet(4)), { sampleRows: 2 });
    expect([s.kind, s.rowEstimate]).toEqual(['parquet', 6]);
    expect(s.columns).toEqual(['district_id', 'households', 'tower_id', 'has_fibre', 'share', 'surveyed']);
    // Values of tests/fixtures/ingest/parquet-fixture.ts, rows 1 and 2.
    expect(s.sample).toEqual([
      { district_id: '01001', households: '120', tower_id: '1', has_fibre: 'true', share: '0.5', surveyed: '2022-01-01T00:00:00.000Z' },
      { district_id: '01003', households: '0', tower_id: '2', has_fibre: 'false', share: '0.25', surveyed: '2022-01-02T00:00:00.000Z' },
    ]);
    const gz = await sniffFile(named('d.parquet.gz', new Uint8Array(gzipSync(districtsParquet()))));
    expect([gz.compressed, gz.rowEstimate, gz.sample[5]?.district_id]).toEqual([true, 6, null]);
  });
});

describe('boundaries', () => {
  test('GeoJSON: properties as columns, geometry summary, properties unique on every feature', async () => {
    const s = await sniffFile(named('hi_counties.geojson', readFileSync(path.join(DATA, 'hawaii/hi_counties.geojson'), 'utf8')));
    expect([s.kind, s.rowEstimate, s.columns]).toEqual(['geojson', 5, ['geo_id', 'county_fips', 'county_name', 'state_fips', 'state_name']]);
    expect(s.geometry?.types).toEqual(['Polygon', 'MultiPolygon']);
    expect(s.geometry?.uniqueProperties).toEqual(['geo_id', 'county_fips', 'county_name']);
    // Hawaii spans about 160.2°–154.8° W and 18.9°–22.2° N.
    const [w, south, e, n] = s.geometry!.bbox!;
    expect([Math.round(w), Math.round(south), Math.round(e), Math.round(n)]).toEqual([-160, 19, -155, 22]);
  });

  test('TopoJSON: the object holding polygons is read, and the choice reported', async () => {
    const s = await sniffFile(named('two-squares.topojson', readFileSync(path.join(ROOT, 'tests/fixtures/ingest/two-squares.topojson'), 'utf8')));
    expect([s.kind, s.geometry?.object, s.geometry?.bbox, s.sample]).toEqual(['topojson', 'districts', [0, 0, 2, 1], [{ code: '01001', name: 'Alpha' }, { code: '01003', name: 'Beta' }]]);
    expect(s.issues).toHaveLength(1);
  });

  test('not JSON, not a collection, projected', async () => {
    expect(await fail(named('a.geojson', '{"type":'))).toMatch(/^a\.geojson: not valid JSON/);
    expect(await fail(named('a.json', '{"type":"Polygon","coordinates":[]}'))).toBe('a.json: expected a GeoJSON FeatureCollection, found "Polygon"');
    const utm = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500000.4, 9800000] } }] };
    expect(await fail(named('a.geojson', JSON.stringify(utm)))).toMatch(/^a\.geojson, row 1, column "geometry": coordinates look projected \(e\.g\. 500000, 9800000\), not longitude\/latitude/);
  });
});
