// A seeded ~3,200-district project for the browser benchmark and the scale e2e test: county-
// like districts (60 × 54 blocks whose shared edges wander, 32 vertices each, ~104k in all)
// and one census-like table. The geometry and the figures are synthetic and for measuring
// only; the title says so. The same seed writes the same bytes.
// Run on its own: npx tsx bench/browser/county-grid.ts [folder]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/core/random.ts';

export const COUNTY_GRID_SEED = 18_018;
export const COUNTY_COLS = 60;
export const COUNTY_ROWS = 54;
/** Edge segments per district side. */
const STEPS = 8;
/** Block size in degrees; the grid spans 100–70 °W, 28–55 °N (a continent's worth of counties). */
const CELL = 0.5;
const WEST = -100;
const SOUTH = 28;

/** The written project: its file and every file it names. */
export interface CountyGridFiles {
  readonly project: string;
  readonly files: readonly string[];
  readonly districts: number;
}

/** Writes the project and its files to `dir`. */
export function writeCountyGrid(dir: string): CountyGridFiles {
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(COUNTY_GRID_SEED);
  const nx = COUNTY_COLS * STEPS + 1;
  const ny = COUNTY_ROWS * STEPS + 1;
  // A lattice of vertices, each moved by up to a third of a step: neighbours share their
  // edge's vertices exactly, so districts tile the plane without gaps or overlaps.
  const step = CELL / STEPS;
  const lattice = new Float64Array(nx * ny * 2);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const edge = i === 0 || j === 0 || i === nx - 1 || j === ny - 1;
      const k = (j * nx + i) * 2;
      lattice[k] = round(WEST + i * step + (edge ? 0 : (random() - 0.5) * step * 0.66));
      lattice[k + 1] = round(SOUTH + j * step + (edge ? 0 : (random() - 0.5) * step * 0.66));
    }
  }
  const at = (i: number, j: number) => [lattice[(j * nx + i) * 2]!, lattice[(j * nx + i) * 2 + 1]!];
  const features = [];
  const rows = ['county_id,year,households,households_online,adults,adults_online'];
  for (let r = 0; r < COUNTY_ROWS; r++) {
    for (let c = 0; c < COUNTY_COLS; c++) {
      const id = `C${String(r * COUNTY_COLS + c).padStart(5, '0')}`;
      const [i0, j0] = [c * STEPS, r * STEPS];
      const ring = [];
      for (let s = 0; s < STEPS; s++) ring.push(at(i0 + s, j0));
      for (let s = 0; s < STEPS; s++) ring.push(at(i0 + STEPS, j0 + s));
      for (let s = STEPS; s > 0; s--) ring.push(at(i0 + s, j0 + STEPS));
      for (let s = STEPS; s > 0; s--) ring.push(at(i0, j0 + s));
      ring.push(ring[0]!);
      features.push({ type: 'Feature', properties: { id, name: `County ${r + 1}-${c + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
      for (const year of [2019, 2024]) {
        const hh = 200 + Math.floor(random() * 50_000);
        const adults = 2 * hh + Math.floor(random() * hh);
        rows.push(`${id},${year},${hh},${Math.floor(hh * random())},${adults},${Math.floor(adults * random())}`);
      }
    }
  }
  const districts = path.join(dir, 'counties.geojson');
  const census = path.join(dir, 'census.csv');
  writeFileSync(districts, JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(census, rows.join('\n') + '\n');
  const project = {
    lastmile: 1,
    title: 'Synthetic counties, 3,240 districts (benchmark)',
    districts: { file: 'counties.geojson', id: 'id', name: 'name', noun: 'county' },
    tables: [{ name: 'census', file: 'census.csv', district: 'county_id', where: { year: '2024' } }],
    indicators: [
      { id: 'online', table: 'census', rate: { households: ['households_online', 'households'], adults: ['adults_online', 'adults'] }, gaps: [['households', 'adults']] },
    ],
    population: { table: 'census', column: 'adults' },
    composite: {
      id: 'online_index',
      normalisation: 'min-max',
      pillars: [
        { name: 'homes', weight: 1, indicators: [{ measure: 'online.households', direction: 'higher-is-better', weight: 1 }] },
        { name: 'people', weight: 1, indicators: [{ measure: 'online.adults', direction: 'higher-is-better', weight: 1 }] },
      ],
    },
  };
  const file = path.join(dir, 'counties.lastmile.json');
  writeFileSync(file, JSON.stringify(project, null, 2) + '\n');
  return { project: file, files: [districts, census], districts: features.length };
}

/** Six decimals (~0.1 m). */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writeCountyGrid(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'county-grid')));
}
