// File paths in a project file: relative to the project file's folder (so a project and its
// data can be moved or zipped together), with an extension that says how to read the file.

/** Extensions of district boundary files (lower case). */
export const BOUNDARY_EXTENSIONS = ['.geojson', '.topojson', '.json'] as const;
/** Extensions of tables, point layers and tile layers (lower case): those src/db/load-file.ts reads. */
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.parquet', '.csv.gz', '.tsv.gz', '.txt.gz', '.parquet.gz'] as const;

/** What a file holds: district boundaries, or rows (a table, points or tiles). */
export type FileRole = 'boundaries' | 'rows';

/** The extension of `path` among those known for `role`, longest match first (".csv.gz" before ".gz"), lower case. */
export function knownExtension(path: string, role: FileRole): string | undefined {
  const lower = path.toLowerCase();
  const known: readonly string[] = role === 'boundaries' ? BOUNDARY_EXTENSIONS : TABLE_EXTENSIONS;
  return [...known].sort((a, b) => b.length - a.length).find((ext) => lower.endsWith(ext));
}

/** Why `path` cannot be used as a project file path for `role`, or undefined if it can. */
export function filePathProblem(path: string, role: FileRole): string | undefined {
  if (path.trim() === '') return 'must not be empty';
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001f]/.test(path)) return `${JSON.stringify(path)} holds a control character (such as NUL); write the path as plain text`;
  // A scheme of two or more letters: a one-letter "C:" is a Windows drive, handled below.
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(path)) {
    return `"${path}" is a URL; download the file and write its path relative to the project file's folder`;
  }
  if (/^([/\\]|[A-Za-z]:)/.test(path)) return `"${path}" is an absolute path; write it relative to the project file's folder`;
  // A project file travels between systems: one separator everywhere, the one URLs and every system but Windows use.
  if (path.includes('\\')) return `"${path}" separates folders with "\\"; write "/" instead ("${path.replaceAll('\\', '/')}"): project files use "/" on every system`;
  if (knownExtension(path, role) !== undefined) return undefined;
  return role === 'boundaries'
    ? `"${path}" is not a GeoJSON or TopoJSON file (expected .geojson, .topojson or .json)`
    : `"${path}" is not a CSV, TSV or Parquet file (expected .csv, .tsv, .txt or .parquet, optionally followed by .gz)`;
}
