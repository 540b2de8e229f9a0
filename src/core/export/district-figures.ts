// The district figures as every export writes them (GeoJSON, GeoParquet, the report): the
// columns of districts.csv in its order, a figure withheld by small-number protection written
// as missing with its `<column>.suppressed` flag beside it, numbers rounded as csv.ts rounds
// them. One function decides, so no format can show a figure another withholds.
import type { MultiPolygon, Polygon } from 'geojson';
import { CSV_DIGITS } from './csv.ts';

/** One districts.csv column: per district in boundary order, NaN missing or withheld. */
export interface FigureColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
  /** 1 where small-number protection withheld the figure; absent when nothing is checked. */
  readonly suppressed?: ArrayLike<number> | undefined;
}

export interface DistrictFigures {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly geometries: readonly (Polygon | MultiPolygon | null)[];
  readonly columns: readonly FigureColumn[];
}

/** A figure as exports write it: rounded to CSV_DIGITS significant digits; null when missing. */
export function exportNumber(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(CSV_DIGITS)) : null;
}

/** Field names after district_id and district_name: each column, then its `.suppressed` flag when checked. */
export function figureFields(columns: readonly FigureColumn[]): string[] {
  return columns.flatMap((c) => (c.suppressed ? [c.name, `${c.name}.suppressed`] : [c.name]));
}

/** The figures of district `d`, in figureFields order: a withheld figure is null whatever `values` holds. */
export function districtFigures(columns: readonly FigureColumn[], d: number): (number | null)[] {
  return columns.flatMap((c) => {
    const withheld = c.suppressed?.[d] === 1;
    const value = withheld ? null : exportNumber(c.values[d]!);
    return c.suppressed ? [value, withheld ? 1 : 0] : [value];
  });
}

/** Every district's figures, field by field (columnar, for Parquet): one array per figureFields entry. */
export function figureArrays(t: DistrictFigures): (number | null)[][] {
  const fields = figureFields(t.columns).map(() => [] as (number | null)[]);
  t.ids.forEach((_id, d) => districtFigures(t.columns, d).forEach((v, k) => fields[k]!.push(v)));
  return fields;
}

/** [west, south, east, north] of every outline, degrees; null when no district has one. */
export function figuresBbox(geometries: DistrictFigures['geometries']): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    const polygons = g === null ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const ring of polygons.flat()) {
      for (const [x, y] of ring) {
        w = Math.min(w, x!);
        e = Math.max(e, x!);
        s = Math.min(s, y!);
        n = Math.max(n, y!);
      }
    }
  }
  return w <= e ? [w, s, e, n] : null;
}
