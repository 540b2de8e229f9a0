// SQL builders for what the map draws of a point layer: positions of the rows that pass the
// layer's own filter and the planner's map filter, the column the points are sized or
// coloured by, and the values a column holds (offered as map filters). Values are bound,
// names quoted; everything is compared as text, as the project's `where` is.
import type { PointLayer, WhereFilter } from '../core/project/types.ts';
import { whereAll } from './plan-sql.ts';
import { ident, type Sql } from './sql.ts';

/** A map filter: only the rows whose `column` reads `value`. */
export interface MapFilter {
  readonly column: string;
  readonly value: string;
}

function filters(layer: Pick<PointLayer, 'where'>, filter: MapFilter | null): Sql {
  const extra: WhereFilter | undefined = filter ? { [filter.column]: filter.value } : undefined;
  return whereAll([layer.where, extra]);
}

/** lon, lat (DOUBLE, NULL → NaN) and, given `style`, that column as DOUBLE (`n`) and as text (`t`), of the rows passing both filters, in file order. */
export function mapPointsSql(layer: PointLayer, filter: MapFilter | null, style: string | null): Sql {
  const w = filters(layer, filter);
  const select = [
    `TRY_CAST(${ident(layer.lon)} AS DOUBLE) AS lon`,
    `TRY_CAST(${ident(layer.lat)} AS DOUBLE) AS lat`,
    ...(style !== null ? [`TRY_CAST(${ident(style)} AS DOUBLE) AS n`, `CAST(${ident(style)} AS VARCHAR) AS t`] : []),
  ];
  return { text: `SELECT ${select.join(', ')} FROM ${ident(layer.name)}${w.text ? ` ${w.text}` : ''} ORDER BY rowid`, params: w.params };
}

/**
 * The values of `column` over the layer's whole table (after its own filter): `v` (text) and
 * `n` rows, most first, at most `limit`, with `d` the number of distinct non-null values in
 * the column (the window runs before the LIMIT, so it counts every one).
 */
export function columnValuesSql(layer: Pick<PointLayer, 'name' | 'where'>, column: string, limit: number): Sql {
  const w = filters(layer, null);
  return {
    text: `SELECT CAST(${ident(column)} AS VARCHAR) AS v, count(*)::DOUBLE AS n, count(CAST(${ident(column)} AS VARCHAR)) OVER ()::DOUBLE AS d FROM ${ident(layer.name)}${w.text ? ` ${w.text}` : ''} GROUP BY 1 ORDER BY n DESC, v LIMIT ?`,
    params: [...w.params, limit],
  };
}
