// Speed-test tiles at scale: a million seeded Ookla-like tiles over Kenya (quadkeys at zoom
// 16, four quarters) through the engine's own steps — quadkey centres, the grid index,
// test-weighted aggregation over typed arrays — against a straightforward baseline measured
// in the same run: bbox-filtered point-in-polygon per tile and a Map of per-cell sums.
// Run: npm run bench -- tiles
import { readFileSync } from 'node:fs';
import { locatePoints, tileCentres } from '../src/core/geo/locate.ts';
import { districtBounds, districtCount, fromGeoJSON, pointInDistrict, type DistrictFeature } from '../src/core/geo/polygon.ts';
import { aggregateTiles } from '../src/core/indicators/tiles.ts';
import { mulberry32 } from '../src/core/random.ts';

const SEED = 20_221_231;
const ZOOM = 16;
const geojson = JSON.parse(readFileSync(new URL('../data/kenya/ke_counties.geojson', import.meta.url), 'utf8')) as { features: DistrictFeature[] };
const polys = fromGeoJSON(geojson.features);
const nDistricts = districtCount(polys);

/** Seeded tiles: quadkey, quarter (0–3) and Ookla-like metrics. */
function syntheticTiles(count: number) {
  const random = mulberry32(SEED);
  const n = 2 ** ZOOM;
  // Kenya's bounds in tile coordinates at zoom 16 (lon 33.9…41.9, lat 5.0…−4.7).
  const x0 = Math.floor(((33.9 + 180) / 360) * n);
  const x1 = Math.floor(((41.9 + 180) / 360) * n);
  const y = (lat: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
  const [y0, y1] = [y(5.0), y(-4.7)];
  const quadkeys: string[] = new Array(count);
  const group = new Int32Array(count);
  const download = new Float64Array(count);
  const upload = new Float64Array(count);
  const latency = new Float64Array(count);
  const tests = new Float64Array(count);
  const devices = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const tx = x0 + Math.floor(random() * (x1 - x0));
    const ty = y0 + Math.floor(random() * (y1 - y0));
    let qk = '';
    for (let z = ZOOM; z > 0; z--) {
      const mask = 1 << (z - 1);
      qk += String((tx & mask ? 1 : 0) + (ty & mask ? 2 : 0));
    }
    quadkeys[i] = qk;
    group[i] = Math.floor(random() * 4);
    download[i] = 1000 + random() * 199_000;
    upload[i] = 500 + random() * 50_000;
    latency[i] = 5 + random() * 200;
    tests[i] = 1 + Math.floor(random() * 50);
    devices[i] = 1 + Math.floor(random() * tests[i]!);
  }
  return { quadkeys, group, download, upload, latency, tests, devices };
}

async function engine(t: ReturnType<typeof syntheticTiles>) {
  const centres = tileCentres(t.quadkeys);
  const district = await locatePoints(polys, centres.lons, centres.lats);
  return aggregateTiles({ district, group: t.group, downloadKbps: t.download, uploadKbps: t.upload, latencyMs: t.latency, tests: t.tests, devices: t.devices }, { nDistricts, nGroups: 4 });
}

function baseline(t: ReturnType<typeof syntheticTiles>) {
  const centres = tileCentres(t.quadkeys);
  const bounds = districtBounds(polys);
  const cells = new Map<string, { tests: number; weighted: number }>();
  for (let i = 0; i < t.quadkeys.length; i++) {
    const lon = centres.lons[i]!;
    const lat = centres.lats[i]!;
    let d = -1;
    for (let k = 0; k < nDistricts && d < 0; k++) {
      if (lon < bounds[4 * k]! || lat < bounds[4 * k + 1]! || lon > bounds[4 * k + 2]! || lat > bounds[4 * k + 3]!) continue;
      if (pointInDistrict(polys, k, lon, lat)) d = k;
    }
    if (d < 0) continue;
    const key = `${d}|${t.group[i]}`;
    const cell = cells.get(key) ?? { tests: 0, weighted: 0 };
    cell.tests += t.tests[i]!;
    cell.weighted += t.tests[i]! * t.download[i]!;
    cells.set(key, cell);
  }
  return cells;
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

const tiles = syntheticTiles(1_000_000);
await engine(syntheticTiles(10_000)); // warm-up
const ours = await timed(() => engine(tiles));
const base = await timed(() => baseline(tiles));
// Same answer: test-weighted download per (district, quarter).
let worst = 0;
for (const [key, cell] of base.result) {
  const [d, g] = key.split('|').map(Number) as [number, number];
  worst = Math.max(worst, Math.abs(ours.result.downloadMbps[d * 4 + g]! - cell.weighted / cell.tests / 1000));
}
const inside = Array.from(ours.result.tiles).reduce((a, b) => a + b, 0);
console.log(`1,000,000 tiles (seed ${SEED}; ${inside.toLocaleString('en')} in a county, ${ours.result.outside.tiles.toLocaleString('en')} outside)`);
console.log(`engine ${ours.ms.toFixed(0)} ms, baseline ${base.ms.toFixed(0)} ms → baseline/engine ${(base.ms / ours.ms).toFixed(1)}×; largest difference in test-weighted download ${worst.toExponential(1)} Mbps`);
