#!/usr/bin/env node
// Writes the bundled school and health-facility lists (data/kenya/) as a column subset of the
// originals in the shared data pack: same rows, same order, same values, byte for byte as
// the original spells each field (quotes included), only the columns the bundled projects
// read (issue #18: the full files carried 18 and 24 columns, 10.5 MB, of which these few
// are used, and the app fetched and parsed them all on every first visit). The full files
// stay in ../shared/data/kenya/facilities/; anything else a planner needs is there.
// Usage: node scripts/slim-facilities.mjs [--from <dir>] [--to <dir>]
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? path.resolve(process.argv[i + 1]) : fallback;
};
const FROM = arg('--from', path.resolve(ROOT, '../shared/data/kenya/facilities'));
const TO = arg('--to', path.join(ROOT, 'data/kenya'));

// What examples/*.lastmile.json read: each layer's id, lon and lat, `geo_id` (the Nairobi
// projects' `where`) and the columns their scenarios filter candidates and backhaul on.
const KEEP = {
  'ke_schools_moe.csv': ['school_id', 'ownership', 'geo_id', 'lat', 'lon'],
  'ke_health_facilities_kmhfl.csv': ['facility_id', 'keph_level', 'owner_type', 'geo_id', 'lat', 'lon'],
};

/** The records of CSV `text` as raw field texts (quotes kept), split on commas and line ends outside quotes. */
function rawRecords(text) {
  const records = [];
  let fields = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') quoted = text[i + 1] === '"' ? (i++, true) : false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n' || ch === undefined) {
      fields.push(text.slice(start, text[i - 1] === '\r' && ch !== ',' ? i - 1 : i));
      start = i + 1;
      if (ch !== ',') {
        if (fields.length > 1 || fields[0] !== '') records.push(fields);
        fields = [];
      }
    }
  }
  return records;
}

for (const [file, keep] of Object.entries(KEEP)) {
  const text = readFileSync(path.join(FROM, file), 'utf8');
  const records = rawRecords(text);
  const header = Papa.parse(records[0].join(','), { header: false }).data[0];
  const at = keep.map((c) => {
    const i = header.indexOf(c);
    if (i < 0) throw new Error(`${file}: no column "${c}"`);
    return i;
  });
  const slim = records.map((r, n) => {
    if (r.length !== header.length) throw new Error(`${file}: record ${n} has ${r.length} fields, the header ${header.length}`);
    return at.map((i) => r[i]).join(',');
  }).join('\n') + '\n';
  // The promise of this script, checked on every run: the same rows with the same values.
  const before = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  const after = Papa.parse(slim, { header: true, skipEmptyLines: true }).data;
  if (before.length !== after.length) throw new Error(`${file}: ${after.length} rows written, ${before.length} read`);
  before.forEach((row, n) => {
    for (const c of keep) if (row[c] !== after[n][c]) throw new Error(`${file}: row ${n + 1}, ${c}: ${JSON.stringify(after[n][c])} written, ${JSON.stringify(row[c])} read`);
  });
  writeFileSync(path.join(TO, file), slim);
  const bytes = (s) => Buffer.byteLength(s).toLocaleString('en');
  process.stdout.write(`${file}: ${before.length.toLocaleString('en')} rows, ${keep.length} of ${header.length} columns, ${bytes(text)} → ${bytes(slim)} bytes\n`);
}
