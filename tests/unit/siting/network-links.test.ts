// buildNetworkLinks against a brute-force haversine over every pair: the same links, the same
// lengths, symmetric rows, none longer than linkM — across the antimeridian too.
import { describe, expect, test } from 'vitest';
import { haversineMetres } from '../../../src/core/geo/distance.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { buildNetworkLinks } from '../../../src/core/siting/network-links.ts';

function bruteForce(lon: number[], lat: number[], bLon: number[], bLat: number[], linkM: number) {
  const links: string[] = [];
  const backhaul: string[] = [];
  lon.forEach((_, j) => {
    lon.forEach((_, k) => {
      const m = haversineMetres(lon[j]!, lat[j]!, lon[k]!, lat[k]!);
      if (k !== j && m <= linkM) links.push(`${j}-${k}:${m.toFixed(6)}`);
    });
    bLon.forEach((_, b) => {
      const m = haversineMetres(lon[j]!, lat[j]!, bLon[b]!, bLat[b]!);
      if (m <= linkM) backhaul.push(`${j}-${b}:${m.toFixed(6)}`);
    });
  });
  return { links, backhaul };
}

function listed(start: Int32Array, to: Int32Array, length: Float64Array) {
  const out: string[] = [];
  for (let j = 0; j + 1 < start.length; j++) {
    for (let p = start[j]!; p < start[j + 1]!; p++) {
      if (p > start[j]!) expect(to[p]!).toBeGreaterThan(to[p - 1]!);
      out.push(`${j}-${to[p]}:${length[p]!.toFixed(6)}`);
    }
  }
  return out;
}

describe('buildNetworkLinks', () => {
  test('hand-worked: three sites on the equator 1 km apart, 1.6 km links, one backhaul point', () => {
    // 1 km of longitude at the equator is 1 / 111.195 °; site 2 is 2 km from site 0 (too far).
    const deg = 1 / 111.19508;
    const net = buildNetworkLinks({ lon: Float64Array.of(0, deg, 2 * deg), lat: new Float64Array(3) }, { lon: Float64Array.of(-deg / 2), lat: Float64Array.of(0) }, 1600, 2);
    expect([...net.linkStart]).toEqual([0, 1, 3, 4]);
    expect([...net.linkTo]).toEqual([1, 0, 2, 1]);
    for (const m of net.linkLength) expect(m).toBeCloseTo(1000, 0);
    expect([...net.backhaulStart]).toEqual([0, 1, 2, 2]);
    expect(net.backhaulLength[0]).toBeCloseTo(500, 0);
    expect(net.backhaulLength[1]).toBeCloseTo(1500, 0);
    expect(net).toMatchObject({ linkM: 1600, linkCostPerKm: 2, nBackhaul: 1 });
  });

  test('links across the antimeridian (179.99° E to 179.99° W is about 2.2 km)', () => {
    const net = buildNetworkLinks({ lon: Float64Array.of(179.99, -179.99), lat: Float64Array.of(0, 0) }, { lon: Float64Array.of(-179.995), lat: Float64Array.of(0) }, 3000, 0);
    expect([...net.linkTo]).toEqual([1, 0]);
    expect(net.linkLength[0]).toBeCloseTo(haversineMetres(179.99, 0, -179.99, 0), 6);
    expect(net.linkLength[0]).toBeLessThan(3000);
    expect([...net.backhaulStart]).toEqual([0, 1, 2]);
  });

  test('equals a brute-force haversine over every pair on 30 seeded scatters (some across the antimeridian)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = mulberry32(seed);
      const n = 10 + Math.floor(rnd() * 40);
      const centre = seed % 3 === 0 ? 180 : -60 + 120 * rnd();
      const wrap = (x: number) => (x > 180 ? x - 360 : x);
      const lon = Array.from({ length: n }, () => wrap(centre + (rnd() - 0.5) * 0.1));
      const lat = Array.from({ length: n }, () => (rnd() - 0.5) * 0.1 + (seed % 5 === 0 ? 80 : 0));
      const bLon = [wrap(centre), wrap(centre + 0.05)];
      const bLat = [lat[0]!, lat[1]!];
      const linkM = 2000 + 4000 * rnd();
      const net = buildNetworkLinks({ lon: Float64Array.from(lon), lat: Float64Array.from(lat) }, { lon: Float64Array.from(bLon), lat: Float64Array.from(bLat) }, linkM, 1);
      const expected = bruteForce(lon, lat, bLon, bLat, linkM);
      expect(listed(net.linkStart, net.linkTo, net.linkLength), `seed ${seed}`).toEqual(expected.links);
      expect(listed(net.backhaulStart, net.backhaulTo, net.backhaulLength), `seed ${seed}`).toEqual(expected.backhaul);
      expect(Math.max(0, ...net.linkLength)).toBeLessThanOrEqual(linkM);
      expect(expected.links.length, `seed ${seed}: a scatter with no link tests nothing`).toBeGreaterThan(0);
    }
  });
});
