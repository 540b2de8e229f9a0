// The `districts` table: one row per district in boundary-file order (`ord`), the spine
// every indicator query joins to so results come back aligned with the map's features.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { Db } from './db.ts';

/** Name of the table holding district ids and names. */
export const DISTRICTS_TABLE = 'districts';

/** (Re)creates the districts table from ids and names given in boundary order. */
export async function writeDistricts(db: Db, ids: readonly string[], names: readonly string[]): Promise<void> {
  // Arrow IPC bytes rather than an Arrow table: duckdb-wasm pins apache-arrow 17 and
  // silently ignores tables built by another Arrow version.
  const table = tableFromArrays({
    ord: Int32Array.from(ids, (_, i) => i),
    district_id: ids.slice(),
    district_name: names.slice(),
  });
  await db.exec(`DROP TABLE IF EXISTS ${DISTRICTS_TABLE}`);
  await db.insertArrowIpc(DISTRICTS_TABLE, tableToIPC(table, 'stream'));
}
