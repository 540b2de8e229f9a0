// `report.json`: what was read and what was not — rows read and rejected per file with
// reasons, district ids that do not match between tables and boundaries, and points or
// tiles outside every district. Nothing is dropped silently; it is counted here.
import type { Project } from '../core/project/types.ts';
import type { Db } from '../db/db.ts';
import { tableIdChecksSql } from '../db/layer-sql.ts';
import type { BlankCode, CodedText } from '../core/load-codes.ts';
import type { IssueCode, IssueValues, LoadReport, ReadNote } from '../core/report.ts';
import type { OpenedProject } from './open-project.ts';
import type { IndicatorResult } from './run-indicators.ts';
import type { PointLayerRun, TileLayerRun } from './run-layers.ts';

/** How many ids to list before saying "and N more". */
const LIST_LIMIT = 100;

export interface IdList {
  readonly count: number;
  /** The first LIST_LIMIT ids. */
  readonly ids: readonly string[];
}

export interface FileReport {
  readonly file: string;
  /** What the file is in the project: districts, table, points or tiles, and its name. */
  readonly role: 'districts' | 'table' | 'points' | 'tiles';
  readonly name: string | null;
  readonly rows_read: number;
  readonly rows_rejected: number;
  readonly issues: readonly { readonly row?: number; readonly column?: string; readonly reason: string; readonly code?: IssueCode; readonly values?: IssueValues }[];
  /** How the file was read where something had to be assumed (an encoding, decimal commas). */
  readonly notes?: readonly string[];
  /** The same notes with their codes, for the UI to word (ReadNote). */
  readonly coded_notes?: readonly ReadNote[];
}

export interface RunReport {
  readonly project: string;
  readonly title: string;
  readonly districts: number;
  readonly files: readonly FileReport[];
  readonly tables: readonly { readonly name: string; readonly ids_not_in_boundaries: IdList; readonly districts_without_rows: IdList }[];
  readonly indicators: readonly IndicatorReport[];
  readonly points: readonly { readonly name: string; readonly rows: number; readonly located: number; readonly outside_every_district: number; readonly missing_coordinates: number }[];
  readonly tiles: readonly {
    readonly name: string;
    readonly rows: number;
    readonly located: number;
    readonly outside_every_district: { readonly tiles: number; readonly tests: number; readonly devices: number };
    readonly invalid_quadkeys: number;
    readonly invalid_quadkey_rows: readonly { readonly row: number; readonly reason: string }[];
  }[];
  readonly suppression: Project['suppression'] | null;
  /** What a planner must know to read the figures: an encoding or decimal mark assumed, a weighting that could not be applied. */
  readonly notes: readonly string[];
}

/** Why figures of one indicator are blank, counted per district (its main figure: the value, or the `total` group's rate — the first group without one). */
export interface IndicatorReport {
  readonly id: string;
  /** Districts whose figure is blank, for any reason below. */
  readonly districts_without_value: number;
  readonly districts_with_several_rows: number;
  readonly blank: {
    /** No row of the table matches the district. */
    readonly no_matching_row: number;
    /** Rows match, but the column holds text or nothing where a number was expected (the file's checks name the cells). */
    readonly not_a_number: number;
    /** A rate whose denominator is 0. */
    readonly zero_denominator: number;
  };
  /** One sentence per reason that applies, naming the column(s). */
  readonly why: readonly string[];
  /** The same sentences with their codes and values, for the UI to word ("blank.<code>"). */
  readonly coded_why?: readonly CodedText<BlankCode>[];
}

function idList(ids: readonly string[]): IdList {
  return { count: ids.length, ids: ids.slice(0, LIST_LIMIT) };
}

function fileReports(project: Project, reports: readonly LoadReport[]): FileReport[] {
  // openProject reports the districts file first, then tables, points and tiles in project order.
  const roles: { role: FileReport['role']; name: string | null }[] = [
    { role: 'districts', name: null },
    ...(project.tables ?? []).map((t) => ({ role: 'table' as const, name: t.name })),
    ...(project.points ?? []).map((p) => ({ role: 'points' as const, name: p.name })),
    ...(project.tiles ?? []).map((t) => ({ role: 'tiles' as const, name: t.name })),
  ];
  return reports.map((r, i) => ({
    file: r.file,
    role: roles[i]?.role ?? 'table',
    name: roles[i]?.name ?? null,
    rows_read: r.rowsRead,
    rows_rejected: r.rowsRejected,
    issues: r.issues.map(({ row, column, reason, code, values }) => ({ ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}), reason, ...(code !== undefined ? { code } : {}), ...(values !== undefined ? { values } : {}) })),
    ...(r.notes?.length ? { notes: r.notes } : {}),
    ...(r.codedNotes?.length ? { coded_notes: r.codedNotes } : {}),
  }));
}

/** The report of one run. */
export async function buildReport(
  db: Db,
  project: Project,
  opened: OpenedProject,
  indicators: readonly IndicatorResult[],
  points: readonly PointLayerRun[],
  tiles: readonly TileLayerRun[],
  projectFile: string,
  notes: readonly string[] = [],
): Promise<RunReport> {
  const specs = project.tables ?? [];
  const ids = specs.length ? tableIdChecksSql(specs.map((t) => ({ table: t.name, district: t.district, ...(t.where ? { where: t.where } : {}) }))) : null;
  const rows = ids ? await db.query(ids.text, ids.params) : [];
  const idsOf = (i: number, kind: string) => rows.filter((r) => Number(r.t) === i && r.kind === kind).map((r) => String(r.id));
  const tables = specs.map((t, i) => ({ name: t.name, ids_not_in_boundaries: idList(idsOf(i, 'unmatched')), districts_without_rows: idList(idsOf(i, 'missing')) }));
  return {
    project: projectFile,
    title: project.title,
    districts: opened.districts.ids.length,
    files: fileReports(project, opened.reports),
    tables,
    indicators: indicators.map((r) => indicatorReport(project, r)),
    points: points.map((p) => ({ name: p.name, rows: p.rows, located: p.rows - p.outside - p.missingCoordinates, outside_every_district: p.outside, missing_coordinates: p.missingCoordinates })),
    tiles: tiles.map((t) => ({
      name: t.name,
      rows: t.rows,
      located: t.rows - t.aggregate.outside.tiles,
      outside_every_district: t.outside,
      invalid_quadkeys: t.invalidQuadkeys.length,
      invalid_quadkey_rows: t.invalidQuadkeys.slice(0, LIST_LIMIT),
    })),
    suppression: project.suppression ?? null,
    notes,
  };
}

/** Blank figures of one indicator, counted by reason. */
export function indicatorReport(project: Project, r: IndicatorResult): IndicatorReport {
  const spec = project.indicators?.find((i) => i.id === r.id);
  const group = r.kind === 'rate' ? (r.groups.find((g) => g.group === 'total') ?? r.groups[0]) : undefined;
  const values = r.kind === 'value' ? r.values : (group?.rate ?? new Float64Array(0));
  const columns = spec && 'rate' in spec && group ? spec.rate[group.group]! : spec && 'value' in spec ? [spec.value] : [];
  let noRow = 0;
  let notNumber = 0;
  let zero = 0;
  let blank = 0;
  values.forEach((v, d) => {
    if (Number.isFinite(v)) return;
    blank++;
    if ((r.matchedRows[d] ?? 0) === 0) noRow++;
    else if (group && Number.isFinite(group.numerator[d]!) && group.denominator[d] === 0) zero++;
    else notNumber++;
  });
  const table = spec?.table ?? '?';
  const coded = blankReasons(table, columns, noRow, notNumber, zero);
  return {
    id: r.id,
    districts_without_value: blank,
    districts_with_several_rows: r.matchedRows.filter((m) => m > 1).length,
    blank: { no_matching_row: noRow, not_a_number: notNumber, zero_denominator: zero },
    why: coded.map((c) => c.text),
    coded_why: coded,
  };
}

/** Why `noRow`, `notNumber` and `zero` districts (counts) are blank: one sentence per reason that applies, with its code and values for the UI to word. */
export function blankReasons(table: string, columns: readonly string[], noRow: number, notNumber: number, zero: number): CodedText<BlankCode>[] {
  const out: CodedText<BlankCode>[] = [];
  if (noRow) out.push({ code: 'noRow', values: { count: noRow, table }, text: `${noRow} district${noRow === 1 ? ' has' : 's have'} no row in table "${table}"` });
  if (notNumber) {
    const either = columns.length > 1;
    const values: Record<string, string | number> = either ? { count: notNumber, first: columns[0]!, second: columns[1]!, table } : { count: notNumber, column: columns[0] ?? '', table };
    const text = `${notNumber} district${notNumber === 1 ? '' : 's'}: ${columns.map((c) => JSON.stringify(c)).join(' or ')} of table "${table}" is text or empty, not a number`;
    out.push({ code: either ? 'notNumberEither' : 'notNumber', values, text });
  }
  if (zero) out.push({ code: 'zeroDenominator', values: { count: zero, column: columns[1] ?? '' }, text: `${zero} district${zero === 1 ? '' : 's'}: the denominator ${JSON.stringify(columns[1] ?? '')} is 0` });
  return out;
}
