// A seeded 3,000-district project for scale benchmarks only (synthetic data is never shown
// to a planner): a 60 × 50 grid of square districts, a census-like table with two years of
// rows per district, 100,000 schools and 20,000 clinics. The same seed writes the same files.
// Run on its own: npx tsx bench/grid-project.ts [folder]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/core/random.ts';

export const GRID_SEED = 13_013;
const COLS = 60;
const ROWS = 50;
/** Cell size in degrees; the grid spans 33.9–39.9 °E, 3.0 °S–2.0 °N. */
const CELL = 0.1;
const WEST = 33.9;
const SOUTH = -3.0;

/** Writes the project and its files to `dir`; returns the project file's path. */
export function writeGridProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(GRID_SEED);
  const features = [];
  const rows = ['district_id,year,pop_female,users_female,pop_male,users_male,hh_pct_internet'];
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      const id = `G${String(r * COLS + c).padStart(4, '0')}`;
      const [w, s] = [WEST + c * CELL, SOUTH + r * CELL];
      const ring = [[w, s], [w + CELL, s], [w + CELL, s + CELL], [w, s + CELL], [w, s]].map(([x, y]) => [round(x!), round(y!)]);
      features.push({ type: 'Feature', properties: { id, name: `Grid ${r + 1}-${c + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
      for (const year of [2019, 2024]) {
        const pf = 500 + Math.floor(random() * 20_000);
        const pm = 500 + Math.floor(random() * 20_000);
        rows.push(`${id},${year},${pf},${Math.floor(pf * random())},${pm},${Math.floor(pm * random())},${(random() * 100).toFixed(1)}`);
      }
    }
  }
  writeFileSync(path.join(dir, 'grid.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(path.join(dir, 'census.csv'), rows.join('\n') + '\n');
  writeFileSync(path.join(dir, 'schools.csv'), points(random, 100_000, 'school'));
  writeFileSync(path.join(dir, 'clinics.csv'), points(random, 20_000, 'clinic'));
  const project = {
    lastmile: 1,
    title: 'Synthetic grid, 3,000 districts (benchmark)',
    districts: { file: 'grid.geojson', id: 'id', name: 'name' },
    tables: [{ name: 'census', file: 'census.csv', district: 'district_id', where: { year: '2024' } }],
    points: [{ name: 'schools', file: 'schools.csv', id: 'id', lon: 'lon', lat: 'lat' }],
    indicators: [
      { id: 'internet_use', table: 'census', rate: { female: ['users_female', 'pop_female'], male: ['users_male', 'pop_male'] }, gaps: [['male', 'female']] },
      { id: 'hh_internet', table: 'census', value: 'hh_pct_internet', unit: 'percent' },
    ],
    population: { table: 'census', column: 'pop_female' },
    suppression: { min_people: 1000 },
    composite: {
      id: 'inclusion_index',
      normalisation: 'min-max',
      pillars: [
        { name: 'adoption', weight: 2, indicators: [{ measure: 'internet_use.female', direction: 'higher-is-better', weight: 1 }, { measure: 'hh_internet', direction: 'higher-is-better', weight: 1 }] },
        { name: 'equity', weight: 1, indicators: [{ measure: 'internet_use.parity.female/male', direction: 'higher-is-better', weight: 1 }] },
      ],
    },
  };
  const file = path.join(dir, 'grid.lastmile.json');
  writeFileSync(file, JSON.stringify(project, null, 2) + '\n');
  return file;
}

function points(random: () => number, count: number, prefix: string): string {
  const lines = ['id,lon,lat'];
  for (let i = 0; i < count; i++) lines.push(`${prefix}${i},${round(WEST + random() * COLS * CELL)},${round(SOUTH + random() * ROWS * CELL)}`);
  return lines.join('\n') + '\n';
}

/** Six decimals (~0.1 m): what a GPS survey file carries. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writeGridProject(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'out', 'grid-3000')));
}
