// District figures and inequality in the formats GIS and data tools read: districts.geojson,
// districts.parquet (GeoParquet, outlines as WKB) and inequality.parquet — the same rows as
// districts.csv and inequality.csv, with the sources, licence warnings and small-number rules
// of the project in each file (GeoJSON foreign members, Parquet key-value metadata).
import { districtsGeoJson, type ExportCredits } from '../core/export/district-geojson.ts';
import { figureArrays, figureFields, figuresBbox, exportNumber, type DistrictFigures } from '../core/export/district-figures.ts';
import { creditLines, licenceWarnings } from '../core/export/licences.ts';
import type { Project } from '../core/project/types.ts';
import { geoParquet, plainParquet, type ParquetColumn } from '../formats/geoparquet.ts';
import type { ProjectRun } from './project-run.ts';

/** The title, sources, licence warnings and suppression rules every export of `project` carries. */
export function exportCredits(project: Project): ExportCredits {
  return { title: project.title, sources: creditLines(project), licence_warnings: licenceWarnings(project), suppression: project.suppression ?? null };
}

/** The run's districts with the columns of districts.csv. */
export function figuresOf(run: ProjectRun): DistrictFigures {
  const { ids, names, geometries } = run.opened.districts;
  return { ids, names, geometries, columns: run.columns };
}

/** districts.geojson text. */
export function districtsGeoJsonFile(run: ProjectRun): string {
  return districtsGeoJson(figuresOf(run), exportCredits(run.project));
}

/** districts.parquet: GeoParquet with district_id, district_name, every figure (flags as 0/1) and the outline. */
export function districtsGeoParquet(run: ProjectRun): Uint8Array {
  const t = figuresOf(run);
  const arrays = figureArrays(t);
  const columns: ParquetColumn[] = [
    { name: 'district_id', type: 'STRING', data: t.ids },
    { name: 'district_name', type: 'STRING', data: t.names },
    ...figureFields(t.columns).map((name, k): ParquetColumn => ({ name, type: name.endsWith('.suppressed') ? 'INT32' : 'DOUBLE', data: arrays[k]! })),
  ];
  return geoParquet(columns, t.geometries, { bbox: figuresBbox(t.geometries), metadata: { lastmile: JSON.stringify(exportCredits(run.project)) } });
}

/** inequality.parquet: the rows of inequality.csv (no geometry: one row per indicator, not per district). */
export function inequalityParquet(run: ProjectRun): Uint8Array {
  const rows = run.inequality;
  const num = (pick: (r: (typeof rows)[number]) => number | undefined) => rows.map((r) => exportNumber(pick(r) ?? Number.NaN));
  const columns: ParquetColumn[] = [
    { name: 'indicator', type: 'STRING', data: rows.map((r) => r.indicator) },
    { name: 'n_districts', type: 'INT32', data: rows.map((r) => r.n_districts) },
    { name: 'min', type: 'DOUBLE', data: num((r) => r.min) },
    { name: 'max', type: 'DOUBLE', data: num((r) => r.max) },
    { name: 'gini', type: 'DOUBLE', data: num((r) => r.gini) },
    { name: 'theil', type: 'DOUBLE', data: num((r) => r.theil) },
    { name: 'palma', type: 'DOUBLE', data: num((r) => r.palma) },
    { name: 'weighting', type: 'STRING', data: rows.map((r) => r.weighting) },
    ...(rows.some((r) => r.theil_between !== undefined)
      ? [{ name: 'theil_between', type: 'DOUBLE', data: num((r) => r.theil_between) } as const, { name: 'theil_within', type: 'DOUBLE', data: num((r) => r.theil_within) } as const]
      : []),
  ];
  return plainParquet(columns, { lastmile: JSON.stringify(exportCredits(run.project)) });
}
