// `lastmile plan examples/nairobi-mesh.lastmile.json` (issue #15): the community network and
// the three-year roll-out checked against the raw files with code the engine does not share
// (papaparse, turf distance with R = 6,371,008.8 m): every node's chain of parents reaches a
// public level-4 hospital, every link is within 3 km, and each year keeps its budget.
import { distance } from '@turf/turf';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const PROJECT = path.join(EXAMPLES, 'nairobi-mesh.lastmile.json');
const metres = (a: Row, b: Row) => distance([Number(a.lon), Number(a.lat)], [Number(b.lon), Number(b.lat)], { units: 'meters' });

const health = csv(path.join(DATA, 'kenya/ke_health_facilities_kmhfl.csv'));
const hospitals = new Map(health.filter((r) => r.geo_id === 'KE-47' && r.keph_level === 'Level 4' && r.owner_type === 'Ministry of Health').map((r) => [r.facility_id!, r]));
const publicSchools = new Map(csv(path.join(DATA, 'kenya/ke_schools_moe.csv')).filter((r) => r.geo_id === 'KE-47' && r.ownership === 'Public').map((r) => [r.school_id!, r]));

let out: string;
let status: number;
let stderr: string;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'lastmile-mesh-'));
  const o = sink();
  const e = sink();
  status = await main(['plan', PROJECT, '--root', ROOT, '--out', out, '--quiet'], o, e);
  stderr = e.text();
}, 300_000);

describe('lastmile plan examples/nairobi-mesh.lastmile.json', () => {
  test('runs without an error', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  test('mesh: every node is a public school whose chain of links reaches a public level-4 hospital, each link within 3 km', () => {
    const sites = csv(path.join(out, 'plan.mesh.csv'));
    expect(Object.keys(sites[0]!)).toEqual(['site_id', 'lon', 'lat', 'type', 'cost', 'district_id', 'covered_weight', 'parent', 'parent_type', 'hops']);
    expect(hospitals.size).toBeGreaterThan(0);
    const byId = new Map(sites.map((s) => [s.site_id!, s]));
    for (const s of sites) {
      expect(publicSchools.has(s.site_id!), s.site_id).toBe(true);
      let node = s;
      for (let hops = 1; ; hops++) {
        const parent = node.parent_type === 'backhaul' ? hospitals.get(node.parent!) : byId.get(node.parent!);
        expect(parent, `${node.site_id} → ${node.parent}`).toBeDefined();
        expect(metres(node, parent!)).toBeLessThanOrEqual(3000 + 1e-6);
        if (node.parent_type === 'backhaul') {
          expect(Number(s.hops)).toBe(hops);
          break;
        }
        expect(hops).toBeLessThan(sites.length);
        node = parent!;
      }
    }
  });

  test('mesh: links.csv has one link per node with its length; nodes and links together keep the budget, as plan.mesh.json says', () => {
    const sites = csv(path.join(out, 'plan.mesh.csv'));
    const links = csv(path.join(out, 'plan.mesh.links.csv'));
    expect(links.map((l) => [l.from, l.to, l.to_type])).toEqual(sites.map((s) => [s.site_id, s.parent, s.parent_type]));
    const ends = new Map([...hospitals, ...publicSchools]);
    let linkCost = 0;
    for (const l of links) {
      expect(Number(l.length_m)).toBeCloseTo(metres(ends.get(l.from!)!, ends.get(l.to!)!), 3);
      expect(Number(l.cost)).toBeCloseTo((Number(l.length_m) / 1000) * 200, 6);
      linkCost += Number(l.cost);
    }
    const json = JSON.parse(readFileSync(path.join(out, 'plan.mesh.json'), 'utf8'));
    const total = sites.length * 1500 + linkCost;
    expect(json.cost).toBeCloseTo(total, 3);
    expect(total).toBeLessThanOrEqual(45000 + 1e-6);
    expect(json.network.links).toBe(sites.length);
    expect(json.network.link_cost).toBeCloseTo(linkCost, 3);
  });

  test('three_years: each year keeps its budget of 25,000; coverage never falls; every ward reaches 20 % by the end', () => {
    const sites = csv(path.join(out, 'plan.three_years.csv'));
    expect(Object.keys(sites[0]!).at(-1)).toBe('year');
    const json = JSON.parse(readFileSync(path.join(out, 'plan.three_years.json'), 'utf8'));
    for (const year of [2027, 2028, 2029]) {
      const built = sites.filter((s) => Number(s.year) === year);
      const cost = built.reduce((a, s) => a + Number(s.cost), 0);
      expect(cost, String(year)).toBeLessThanOrEqual(25000);
      expect(json.years.find((y: { year: number }) => y.year === year)).toMatchObject({ cost, sites: built.length });
    }
    expect(sites.every((s) => ['2027', '2028', '2029'].includes(s.year!))).toBe(true);
    const shares = json.years.map((y: { covered_share: number }) => y.covered_share);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(json.maximise).toBe('weight_years');
    expect(json.weight_years).toBeCloseTo(json.years.reduce((a: number, y: { covered_weight: number }) => a + y.covered_weight, 0), 0);
    expect(json.floors.every((f: { kept: boolean }) => f.kept)).toBe(true);
  });
});
