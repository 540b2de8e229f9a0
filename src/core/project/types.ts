// The project file (`*.lastmile.json`, schema version 1): what data a study uses and which
// indicators it computes. The browser app and the `lastmile` CLI both run exactly this.
// Paths are relative to the project file. `validateProject` (validate.ts) checks a parsed file
// against this model; `lastmile.schema.json` describes the same format for editors.

import type { Direction, Normalisation } from '../indicators/composite.ts';

/** Equality filters applied to a file's rows before anything else (column → value). */
export type WhereFilter = Readonly<Record<string, string | number | boolean>>;

/** Decimal separator of a file's numbers: "," for "12,5" (converted to "12.5" on loading); default ".". */
export type DecimalSeparator = '.' | ',';

export interface DistrictLayer {
  /** GeoJSON or TopoJSON file of district boundaries. */
  readonly file: string;
  /** Property holding the district id (kept as text: leading zeros survive). */
  readonly id: string;
  /** Property holding the district's display name. */
  readonly name: string;
  /** For a CSV or (Geo)Parquet file: the column holding each outline as WKT or WKB. */
  readonly geometry?: string;
}

export interface DistrictTable {
  readonly name: string;
  readonly file: string;
  /** Column holding the district id that joins to the boundary layer's id. */
  readonly district: string;
  readonly where?: WhereFilter;
  readonly decimal?: DecimalSeparator;
}

export interface TileLayer {
  readonly name: string;
  readonly file: string;
  readonly where?: WhereFilter;
  readonly by?: readonly string[];
  readonly columns: {
    readonly quadkey: string;
    readonly download_kbps: string;
    readonly upload_kbps: string;
    readonly latency_ms: string;
    readonly tests: string;
    readonly devices: string;
  };
  /** Download speed below which a test counts as slow, in Mbps (default 25). */
  readonly threshold_mbps?: number;
  readonly decimal?: DecimalSeparator;
}

export interface PointLayer {
  readonly name: string;
  readonly file: string;
  /** Column holding each point's id (checked for repeats); a population grid may have none. */
  readonly id?: string;
  readonly lon: string;
  readonly lat: string;
  /** A column summed per district besides the count, e.g. the population of each grid cell. */
  readonly value?: string;
  readonly where?: WhereFilter;
  readonly decimal?: DecimalSeparator;
}

/** group → [numerator column, denominator column]. */
export type RateGroups = Readonly<Record<string, readonly [numerator: string, denominator: string]>>;

export interface RateIndicator {
  readonly id: string;
  readonly table: string;
  readonly label?: string;
  readonly rate: RateGroups;
  readonly gaps?: readonly (readonly [a: string, b: string])[];
  /** Margins of error, where the survey publishes them: group → [numerator MOE column, denominator MOE column]. */
  readonly moe?: RateGroups;
}

export interface ValueIndicator {
  readonly id: string;
  readonly table: string;
  readonly label?: string;
  readonly value: string;
  readonly unit?: string;
}

export type Indicator = RateIndicator | ValueIndicator;

export interface Project {
  readonly lastmile: 1;
  readonly title: string;
  readonly districts: DistrictLayer;
  readonly tables?: readonly DistrictTable[];
  readonly tiles?: readonly TileLayer[];
  readonly points?: readonly PointLayer[];
  readonly indicators?: readonly Indicator[];
  readonly population?: { readonly table: string; readonly column: string };
  /** URL or path of the JSON Schema, for editors; ignored by Lastmile. */
  readonly $schema?: string;
  /** Small-number protection: figures resting on fewer people, tests or devices are withheld. */
  readonly suppression?: Suppression;
  /** A composite digital-divide index built from districts.csv columns. */
  readonly composite?: CompositeSpec;
  /** Region of each district, for the between/within-region split of the Theil index. */
  readonly regions?: { readonly table: string; readonly column: string };
}

/** Small-number protection thresholds; a figure whose base is below its threshold is withheld. */
export interface Suppression {
  /** Minimum people (the rate's denominator) behind a rate. */
  readonly min_people?: number;
  /** Minimum speed tests behind a tile summary. */
  readonly min_tests?: number;
  /** Minimum distinct devices behind a tile summary. */
  readonly min_devices?: number;
}

/** One column of districts.csv in a pillar (e.g. "internet_use.female"). */
export interface CompositeMeasure {
  /** A districts.csv column name: see measure.ts. */
  readonly measure: string;
  readonly direction: Direction;
  /** Relative weight inside the pillar, ≥ 0 (default 1). */
  readonly weight?: number;
}

export interface CompositePillarSpec {
  readonly name: string;
  /** Relative weight in the index, ≥ 0 (default 1). */
  readonly weight?: number;
  readonly indicators: readonly CompositeMeasure[];
}

export interface CompositeSpec {
  /** Column name of the index in districts.csv. */
  readonly id: string;
  readonly label?: string;
  /** Default 'min-max'. */
  readonly normalisation?: Normalisation;
  readonly pillars: readonly CompositePillarSpec[];
}

/** True for an indicator computed from counts rather than taken as published. */
export function isRateIndicator(indicator: Indicator): indicator is RateIndicator {
  return 'rate' in indicator;
}
