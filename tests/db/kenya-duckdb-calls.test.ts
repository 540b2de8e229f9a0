// Issue #18: Kenya's first load made 71 calls to DuckDB — each a message to its worker and
// back in the browser — and the target is at most 40. Counted here, in Node, through the same
// engine code the app runs, so the figure does not depend on the machine.
import { expect, test } from 'vitest';
import { inProcessCompute } from '../../src/compute/in-process.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { runProject } from '../../src/engine/run-project.ts';
import { countingDb } from '../helpers/counting-db.ts';
import { KENYA } from '../helpers/kenya-run.ts';
import { EXAMPLES } from '../helpers/paths.ts';

test('a Kenya run (districts, 3 tables, 2 point layers, 2 indicators) makes at most 40 DuckDB calls', async () => {
  const node = await openNodeDb();
  const db = countingDb(node);
  try {
    const run = await runProject(db, KENYA, diskFiles(EXAMPLES), inProcessCompute, { projectFile: 'kenya.lastmile.json' });
    expect(run.report.files.map((f) => f.rows_read)).toEqual([47, 395, 395, 392, 37_930, 12_379]);
    expect(db.calls.length).toBeLessThanOrEqual(40);
    // Where they go, so a regression says which step grew: each file is read once, its
    // checks are one query, and nothing asks DuckDB again what it already said.
    const matching = (re: RegExp) => db.calls.filter((sql) => re.test(sql)).length;
    expect(matching(/read_csv\(/)).toBe(5);
    expect(matching(/UNION ALL BY NAME/)).toBe(5);
    expect(matching(/information_schema\.tables/)).toBe(0);
    expect(matching(/FROM "\w+__lines"/)).toBe(0);
  } finally {
    await node.close();
  }
}, 120_000);
