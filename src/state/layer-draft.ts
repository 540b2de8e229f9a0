// What the "Add data" dialog edits: a draft of the layer a file will become, built from the
// guessed role and mapping, and turned into the project-file entry when the planner confirms.
// Pure, so the choices a planner can make are testable without a browser.
import type { DistrictLayer, DistrictTable, PointLayer, TileLayer, WhereFilter } from '../core/project/types.ts';

export type LayerRole = 'districts' | 'table' | 'tiles' | 'points';

export interface LayerDraft {
  readonly role: LayerRole;
  /** Layer name (tables, tiles, points): a DuckDB table and column-name stem. */
  readonly name: string;
  /** Column choices by slot: id/name (districts), district (table), quadkey…devices (tiles), id/lon/lat (points). */
  readonly columns: Readonly<Record<string, string>>;
  readonly where: readonly { readonly column: string; readonly value: string }[];
  /** A tile layer's grouping column ('' = none: one figure per district). */
  readonly by: string;
  readonly decimal: '.' | ',';
  /** Numbers meaning "not reported" in this file (the project's `missing`); none when empty. */
  readonly missing?: readonly number[];
}

/** The column slots each role needs, in the order the dialog shows them. */
export const ROLE_SLOTS: Readonly<Record<LayerRole, readonly string[]>> = {
  districts: ['id', 'name'],
  table: ['district'],
  tiles: ['quadkey', 'download_kbps', 'upload_kbps', 'latency_ms', 'tests', 'devices'],
  points: ['lon', 'lat'],
};

/** A layer name derived from a file name: letters, digits and "_", not starting with a digit, unique ignoring case. */
export function layerNameFor(fileName: string, taken: readonly string[]): string {
  const stem = fileName.replace(/\.(gz)$/i, '').replace(/\.[^.]+$/, '');
  let base = stem.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'layer';
  if (/^[0-9]/.test(base)) base = `_${base}`;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let k = 2; lower.has(name.toLowerCase()) || name === 'districts'; k++) name = `${base}_${k}`;
  return name;
}

/** Slots a role may use but does not need: a point layer's value (e.g. population per grid cell). */
export const OPTIONAL_SLOTS: Readonly<Record<LayerRole, readonly string[]>> = { districts: ['geometry', 'label_with'], table: [], tiles: [], points: ['id', 'value'] };

/** Slots that are still unmapped, for the dialog to say what is missing. */
export function missingSlots(draft: LayerDraft): string[] {
  return ROLE_SLOTS[draft.role].filter((slot) => !draft.columns[slot]);
}

export type LayerEntry =
  | { readonly role: 'districts'; readonly layer: DistrictLayer }
  | { readonly role: 'table'; readonly layer: DistrictTable }
  | { readonly role: 'tiles'; readonly layer: TileLayer }
  | { readonly role: 'points'; readonly layer: PointLayer };

/** The project-file entry for a confirmed draft of `file`; throws if a slot is unmapped. */
export function layerEntry(draft: LayerDraft, file: string): LayerEntry {
  const missing = missingSlots(draft);
  if (missing.length) throw new Error(`choose a column for: ${missing.join(', ')}`);
  const c = draft.columns;
  const where: WhereFilter | undefined = draft.where.length ? Object.fromEntries(draft.where.filter((w) => w.column).map((w) => [w.column, w.value])) : undefined;
  const common = { name: draft.name, file, ...(where ? { where } : {}), ...(draft.decimal === ',' ? { decimal: ',' as const } : {}), ...(draft.missing?.length ? { missing: draft.missing } : {}) };
  switch (draft.role) {
    case 'districts':
      // A second label column tells apart districts of one name ("York, Pennsylvania").
      return { role: 'districts', layer: { file, id: c.id!, name: c.name!, ...(c.geometry ? { geometry: c.geometry } : {}), ...(c.label_with ? { label: [c.name!, c.label_with] } : {}) } };
    case 'table':
      return { role: 'table', layer: { ...common, district: c.district! } };
    case 'points':
      return { role: 'points', layer: { ...common, ...(c.id ? { id: c.id } : {}), lon: c.lon!, lat: c.lat!, ...(c.value ? { value: c.value } : {}) } };
    case 'tiles':
      return {
        role: 'tiles',
        layer: {
          ...common,
          ...(draft.by ? { by: [draft.by] } : {}),
          columns: { quadkey: c.quadkey!, download_kbps: c.download_kbps!, upload_kbps: c.upload_kbps!, latency_ms: c.latency_ms!, tests: c.tests!, devices: c.devices! },
        },
      };
  }
}
