// Columns of a loaded layer for later steps (siting: demand weights, site costs, ids), read
// through the one data-access layer from the table the load step made, with the layer's
// `where` applied and rows in the order of its located points — so a plan reuses what is
// loaded instead of reading or locating again.
import type { Project } from '../core/project/types.ts';
import { doubleColumn } from '../db/arrow-values.ts';
import type { Db } from '../db/db.ts';
import { layerColumnsSql } from '../db/layer-sql.ts';
import { tableLayers } from './load-files.ts';

/** Chosen columns of a layer, aligned with its rows (and its LocatedPoints) after `where`. */
export interface LayerColumns {
  /** Numbers per row (NaN where missing or not a number), by column name. */
  readonly numeric: ReadonlyMap<string, Float64Array>;
  /** Text per row (null where missing), by column name. */
  readonly text: ReadonlyMap<string, readonly (string | null)[]>;
}

/** Reads `numeric` and `text` columns of the loaded layer `name` of `project`; throws for an unknown layer. */
export async function layerColumns(db: Db, project: Project, name: string, numeric: readonly string[], text: readonly string[] = []): Promise<LayerColumns> {
  const layer = tableLayers(project).find((l) => l.name === name);
  if (!layer) throw new Error(`no layer named "${name}"`);
  const sql = layerColumnsSql(layer, numeric, text);
  const cols = await db.queryColumns(sql.text, sql.params);
  return {
    numeric: new Map(numeric.map((c, i) => [c, doubleColumn(cols, `n${i}`)])),
    text: new Map(text.map((c, i) => [c, (cols[`t${i}`] as (string | null)[] | undefined) ?? []])),
  };
}
