// Every key the project format knows, per kind of object. The validator rejects any other key,
// and a unit test checks that lastmile.schema.json describes exactly these (its $defs carry the same names).

export const KNOWN_KEYS = {
  project: ['$schema', 'lastmile', 'title', 'language', 'districts', 'tables', 'tiles', 'points', 'indicators', 'population', 'regions', 'suppression', 'composite', 'scenarios', 'sources'],
  districts: ['file', 'id', 'name', 'geometry', 'noun', 'label'],
  table: ['name', 'file', 'district', 'where', 'decimal', 'missing'],
  tile: ['name', 'file', 'where', 'by', 'columns', 'threshold_mbps', 'decimal', 'missing'],
  tileColumns: ['quadkey', 'download_kbps', 'upload_kbps', 'latency_ms', 'tests', 'devices'],
  point: ['name', 'file', 'id', 'lon', 'lat', 'value', 'where', 'decimal', 'missing'],
  indicator: ['id', 'label', 'table', 'rate', 'gaps', 'moe', 'value', 'unit'],
  population: ['table', 'column'],
  regions: ['table', 'column'],
  suppression: ['min_people', 'min_tests', 'min_devices'],
  composite: ['id', 'label', 'normalisation', 'pillars'],
  pillar: ['name', 'weight', 'indicators'],
  pillarIndicator: ['measure', 'direction', 'weight'],
  scenario: [
    'id', 'label', 'demand', 'groups', 'candidates', 'existing', 'site_type', 'radius_m', 'capacity',
    'max_sites', 'budget', 'floors', 'objective', 'solver', 'time_limit_s', 'locked', 'forbidden', 'added',
    'network', 'phases',
  ],
  scenarioDemand: ['points', 'weight', 'only_offline'],
  scenarioGroup: ['column', 'table', 'percent'],
  scenarioCandidates: ['points', 'where', 'cost', 'capacity'],
  scenarioExisting: ['points', 'where'],
  scenarioFloors: ['district', 'groups', 'groups_per_district'],
  scenarioNetwork: ['backhaul', 'existing_as_backhaul', 'link_m', 'link_cost_per_km'],
  scenarioBackhaul: ['points', 'where'],
  scenarioPhase: ['year', 'budget', 'floors'],
  addedSite: ['id', 'lon', 'lat', 'cost'],
  source: ['file', 'title', 'publisher', 'licence', 'url'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Versions of the project format this build reads (the "lastmile" key). */
export const SUPPORTED_VERSIONS: readonly number[] = [1];

/** Indicator ids, composite ids and layer names: they become column and DuckDB table names. */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Rate groups: they become parts of column names such as "internet_use.gap.male-female". */
export const GROUP_PATTERN = /^[A-Za-z0-9_]+$/;

/** Layer names taken by Lastmile's own DuckDB tables (compared ignoring case). */
export const RESERVED_LAYER_NAMES: readonly string[] = ['districts'];
/** Indicator and composite ids that would clash with other districts.csv columns. */
export const RESERVED_IDS: readonly string[] = ['district_id', 'district_name', 'tiles', 'points'];

/** Values of composite.normalisation. */
export const NORMALISATIONS = ['min-max', 'z-score'] as const;
/** Values of a layer's decimal separator. */
export const DECIMAL_SEPARATORS = ['.', ','] as const;
/** Values of a composite measure's direction. */
export const DIRECTIONS = ['higher-is-better', 'higher-is-worse'] as const;
/** Values of a scenario's objective. */
export const OBJECTIVES = ['coverage', 'maximin'] as const;
/** Values of `language`: the languages the app speaks (Chinese is simplified). */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'sw'] as const;
/** Values of a scenario's solver. */
export const SOLVERS = ['heuristic', 'exact', 'auto'] as const;
/** Layer name of a scenario's hand-placed sites in "<layer>:<id>" references and plan.<id>.csv. */
export const ADDED_LAYER = 'added';
