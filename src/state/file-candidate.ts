// A file the planner has added but not yet placed in the project: what sniffing found and
// what role it probably plays. The "Add data" dialog starts from this.
import type { CodedText, GuessCode } from '../core/load-codes.ts';
import type { LayerRole } from './layer-draft.ts';

export interface RoleSuggestion {
  readonly role: LayerRole;
  /** 0–1. */
  readonly confidence: number;
  /** Column per slot (see ROLE_SLOTS), plus optional `where.<column>` = value suggestions. */
  readonly mapping: Readonly<Record<string, string>>;
  readonly reasons: readonly string[];
  /** The same reasons with their codes, for the dialog to word; absent in candidates stored before they existed. */
  readonly coded?: readonly CodedText<GuessCode>[];
}

export interface FileCandidate {
  readonly file: string;
  readonly size: number;
  readonly kind: 'delimited' | 'geojson' | 'topojson' | 'parquet';
  readonly columns: readonly string[];
  /** The first rows as text, for previews, value pickers and join match rates. */
  readonly sample: readonly Readonly<Record<string, string | null>>[];
  readonly decimalComma: boolean;
  /** Numbers the first rows seem to use for "not reported" (e.g. -9), proposed to the planner; optional for older stored candidates. */
  readonly missingCodes?: readonly number[];
  readonly suggestions: readonly RoleSuggestion[];
}

/** Distinct non-empty sample values of a column, most frequent first (for filter pickers). */
export function sampleValues(candidate: FileCandidate, column: string, limit = 30): string[] {
  const counts = new Map<string, number>();
  for (const row of candidate.sample) {
    const v = row[column];
    if (v !== null && v !== undefined && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([v]) => v);
}
