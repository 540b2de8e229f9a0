// The project file (`*.lastmile.json`, schema version 1): what data a study uses and which
// indicators it computes. The browser app and the `lastmile` CLI both run exactly this.
// Paths are relative to the project file. `validateProject` (validate.ts) checks a parsed file
// against this model; `lastmile.schema.json` describes the same format for editors.

import type { Direction, Normalisation } from '../indicators/composite.ts';
import type { LANGUAGES } from './keys.ts';

/** A language the app speaks, as the project file spells it. */
export type Language = (typeof LANGUAGES)[number];

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
  /** What the planner calls one district, singular ("ward", "county"); default "district". */
  readonly noun?: string;
  /** Properties (or columns) whose values, joined by ", ", name each district everywhere ("York, Pennsylvania"); default [name]. */
  readonly label?: readonly string[];
}

export interface DistrictTable {
  readonly name: string;
  readonly file: string;
  /** Column holding the district id that joins to the boundary layer's id. */
  readonly district: string;
  readonly where?: WhereFilter;
  readonly decimal?: DecimalSeparator;
  /** Numbers this file writes for "not reported" (e.g. -9, 9999): in the layer's number columns they count as missing, reported once per column. */
  readonly missing?: readonly number[];
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
  /** Numbers this file writes for "not reported" (e.g. -9, 9999): in the layer's number columns they count as missing, reported once per column. */
  readonly missing?: readonly number[];
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
  /** Numbers this file writes for "not reported" (e.g. -9, 9999): in the layer's number columns they count as missing, reported once per column. */
  readonly missing?: readonly number[];
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
  /** The language the app opens this project in, unless the planner chose one: "en", "fr", "es", "ar", "zh", "ru" or "sw". */
  readonly language?: Language;
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
  /** Where each data file comes from and under which licence: the app credits these. */
  readonly sources?: readonly DataSource[];
  /** Siting scenarios: where new public Wi-Fi sites go (`lastmile plan`). */
  readonly scenarios?: readonly Scenario[];
}

/** A siting scenario: demand, candidate and existing sites, limits, equity floors and solver. */
export interface Scenario {
  /** Becomes part of output file names (plan.<id>.csv). */
  readonly id: string;
  readonly label?: string;
  readonly demand: ScenarioDemand;
  /** Group name → where its weight comes from; results and floors are reported per group. */
  readonly groups?: Readonly<Record<string, ScenarioGroup>>;
  /** One candidate layer or several. */
  readonly candidates: ScenarioCandidates | readonly ScenarioCandidates[];
  /** Sites already there: kept, cost nothing, and already cover their demand. */
  readonly existing?: { readonly points: string; readonly where?: WhereFilter };
  /** A label for the kind of site (e.g. "wifi"), written to plan.<id>.csv. */
  readonly site_type?: string;
  /** A demand point is covered by a site within this great-circle distance, metres. */
  readonly radius_m: number;
  /** Weight one site can serve (people); absent: no limit. A candidate layer may set its own. */
  readonly capacity?: number;
  readonly max_sites?: number;
  /** Σ cost of chosen sites (currency units of the cost column). */
  readonly budget?: number;
  readonly floors?: ScenarioFloors;
  /** Default 'coverage'. */
  readonly objective?: 'coverage' | 'maximin';
  /** Default 'auto'. */
  readonly solver?: 'heuristic' | 'exact' | 'auto';
  /** Default 30. */
  readonly time_limit_s?: number;
  /** Candidate sites the planner locked in, as "<layer>:<id>". */
  readonly locked?: readonly string[];
  /** Candidate sites the planner ruled out, as "<layer>:<id>". */
  readonly forbidden?: readonly string[];
  /** Candidate sites placed by hand (e.g. by clicking the map). */
  readonly added?: readonly AddedSite[];
  /** A community network: every chosen site must link to backhaul, directly or through other chosen sites. */
  readonly network?: ScenarioNetwork;
  /** A phased roll-out: yearly budgets (and rising floors); each site gets a year. */
  readonly phases?: readonly ScenarioPhase[];
}

export interface ScenarioNetwork {
  /** Points a node can link to for its connection (fibre points of presence, say). */
  readonly backhaul?: { readonly points: string; readonly where?: WhereFilter };
  /** Existing sites are connected and serve as backhaul too. Default false. */
  readonly existing_as_backhaul?: boolean;
  /** Longest link between two nodes, or a node and backhaul, metres (great circle). */
  readonly link_m: number;
  /** Cost of one kilometre of link, in the candidates' cost units. Default 0. */
  readonly link_cost_per_km?: number;
}

export interface ScenarioPhase {
  /** The year's label in outputs (e.g. 2027); default its position, 1, 2, … */
  readonly year?: number;
  /** Most the sites built this year may cost; absent: no yearly limit. Unspent money does not carry over. */
  readonly budget?: number;
  /** Coverage to keep by the end of this year. */
  readonly floors?: ScenarioFloors;
}

export interface ScenarioDemand {
  /** A point layer (e.g. a population grid). */
  readonly points: string;
  /** Column of that layer holding each point's weight; absent: every point weighs 1. */
  readonly weight?: string;
  /** A districts.csv rate column in percent (e.g. "internet_use.total"): each weight is multiplied by (100 − rate) / 100, so only people offline count. */
  readonly only_offline?: string;
}

/** A group's weight: a column of the demand layer, or the demand weight times a district share from a table. */
export type ScenarioGroup =
  | { readonly column: string }
  | { readonly table: string; readonly column: string; /** The column is in percent (0–100) rather than a share (0–1). */ readonly percent?: boolean };

export interface ScenarioCandidates {
  readonly points: string;
  readonly where?: WhereFilter;
  /** Cost of one site: a number, or the name of a column of the layer. */
  readonly cost: number | string;
  /** Weight one site of this layer can serve; overrides the scenario's capacity. */
  readonly capacity?: number;
}

export interface ScenarioFloors {
  /** Every district covers at least this share (0–1) of its demand weight. */
  readonly district?: number;
  /** Group → share (0–1) of its weight that must be covered. */
  readonly groups?: Readonly<Record<string, number>>;
  /** Group floors hold inside every district too. */
  readonly groups_per_district?: boolean;
}

export interface AddedSite {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  readonly cost: number;
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

/** The credit for one data file: shown with every map and table made from it. */
export interface DataSource {
  /** The file, as the project refers to it. */
  readonly file: string;
  /** What the data is, as its publisher names it (e.g. "2019 Kenya Population and Housing Census"). */
  readonly title: string;
  readonly publisher?: string;
  /** The licence (e.g. "CC BY 4.0"), with any attribution it requires. */
  readonly licence?: string;
  /** Where the data can be found (http or https). */
  readonly url?: string;
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
