// Turns a dropped file into a candidate for the "Add data" dialog: sniff it (format,
// columns, first rows) and guess its role against the districts already loaded.
import { proposeMissingCodes } from '../ingest/missing-codes.ts';
import type { RunView } from '../state/run-view.ts';
import { guessRoles } from '../ingest/roles.ts';
import { sniffFile } from '../ingest/sniff.ts';
import { geometryBounds } from '../state/bounds.ts';
import type { FileCandidate } from '../state/file-candidate.ts';

/** What the dialog needs to know about `file`; throws InputError when the file cannot be used. */
export async function candidateOf(file: File, run: RunView | null): Promise<FileCandidate> {
  const sniffed = await sniffFile(file);
  const districts = run?.districts;
  const geometries = districts?.geometries.filter((g): g is NonNullable<typeof g> => g !== null) ?? [];
  const guesses = guessRoles(sniffed, {
    ...(districts ? { districtIds: districts.ids } : {}),
    ...(geometries.length ? { districtBounds: geometryBounds(geometries) } : {}),
  });
  return {
    file: file.name,
    size: file.size,
    kind: sniffed.kind,
    columns: sniffed.columns,
    sample: sniffed.sample,
    decimalComma: sniffed.decimalComma ?? false,
    missingCodes: proposeMissingCodes(sniffed.sample, sniffed.columns, sniffed.decimalComma ?? false),
    suggestions: guesses.map((g) => ({ role: g.role, confidence: g.confidence, mapping: g.mapping as Record<string, string>, reasons: g.reasons, coded: g.coded })),
  };
}
