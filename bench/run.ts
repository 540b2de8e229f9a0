// Runs every benchmark in bench/ (seeded; each prints ratios against a baseline measured in
// the same run). Usage: npm run bench [-- name-filter]
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort()) {
  console.log(`\n# ${file}`);
  await import(pathToFileURL(path.join(here, file)).href);
}
