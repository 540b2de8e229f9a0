// A plan bundle (`.lastmile.zip`, issue #20): the project file, every data file it reads, the
// outputs (districts.csv, inequality.csv, plan files) and manifest.json with each file's size
// and SHA-256, so anyone can check what they received and re-run every number with
// `lastmile run` / `lastmile plan` or the app. The same inputs give the same bytes (fixed
// entry order and timestamps), so two bundles of one study can be compared by hash. Given a
// converter, large delimited inputs travel as Parquet holding the loader's own text
// (bundle-parquet.ts); the manifest names the original file and its SHA-256.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Project } from '../core/project/types.ts';
import { creditLines, licenceWarnings } from '../core/export/licences.ts';
import { bundlePaths, INPUTS, OUTPUTS, withPaths } from './bundle-paths.ts';
import { CONVERSION, convertible, type TableConverter } from './bundle-parquet.ts';
import type { FileSource } from './file-source.ts';

/** Name of the project file inside a bundle. */
export const BUNDLE_PROJECT = 'project.lastmile.json';
export const BUNDLE_MANIFEST = 'manifest.json';
/** The manifest format this code writes. */
export const BUNDLE_VERSION = 1;

// A fixed date (the zip epoch, 1980) instead of "now": the same study gives the same bytes.
const MTIME = new Date(1980, 0, 1);

export interface ManifestFile {
  readonly path: string;
  readonly role: 'project' | 'input' | 'output';
  readonly bytes: number;
  readonly sha256: string;
  /** For an input: its path in the project the bundle was made from. */
  readonly original?: string;
  /** For an input stored as Parquet: the file it was made from, and how. */
  readonly converted_from?: { readonly file: string; readonly bytes: number; readonly sha256: string; readonly rows: number; readonly how: string };
  /** For a large delimited input stored as read: why it was not converted. */
  readonly kept_as_read?: string;
}

export interface BundleManifest {
  readonly lastmile_bundle: number;
  readonly title: string;
  readonly project: string;
  readonly files: readonly ManifestFile[];
  readonly sources: readonly string[];
  readonly licence_warnings: readonly string[];
}

/** Hex SHA-256 of `bytes` (Web Crypto: the browser and Node 20+). */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface BundleOptions {
  /** Stores large delimited inputs as Parquet (bundle-parquet.ts); without it every input is kept as read. */
  readonly convert?: TableConverter;
  readonly signal?: AbortSignal;
}

type Entry = { path: string; role: ManifestFile['role']; data: Uint8Array; original?: string; from?: ManifestFile['converted_from']; kept?: string };

/**
 * The bundle of `project`: its data files read from `files`, and `outputs` (file name →
 * text, as `lastmile run` and `lastmile plan` write them) under outputs/. Returns the zip's bytes.
 */
export async function makeBundle(project: Project, files: FileSource, outputs: Readonly<Record<string, string>>, options: BundleOptions = {}): Promise<Uint8Array> {
  const { signal, convert } = options;
  const paths = bundlePaths(project);
  const inputs: Entry[] = [];
  const taken = new Set([...paths.values()].map((p) => p.toLowerCase()));
  for (const [original, path] of paths) {
    const data = await files.read(original, signal);
    if (!convert || !convertible(path, data.length)) {
      inputs.push({ path, role: 'input', data, original });
      continue;
    }
    const hash = await sha256(data);
    // A copy: the browser's DuckDB takes over (detaches) the buffer it is handed.
    const result = await convert(path.slice(INPUTS.length), data.slice(), signal);
    if (!result.converted) inputs.push({ path, role: 'input', data, original, kept: result.reason });
    else inputs.push({ path: parquetPath(path, taken), role: 'input', data: result.parquet, original, from: { file: path.slice(INPUTS.length), bytes: data.length, sha256: hash, rows: result.rows, how: CONVERSION } });
  }
  const inside = withPaths(project, new Map(inputs.map((e) => [e.original!, e.path])));
  const entries: Entry[] = [{ path: BUNDLE_PROJECT, role: 'project', data: strToU8(JSON.stringify(inside, null, 2) + '\n') }, ...inputs];
  for (const name of Object.keys(outputs).sort()) entries.push({ path: OUTPUTS + name, role: 'output', data: strToU8(outputs[name]!) });

  const manifest: BundleManifest = {
    lastmile_bundle: BUNDLE_VERSION,
    title: project.title,
    project: BUNDLE_PROJECT,
    files: await Promise.all(
      entries.map(async (e) => ({ path: e.path, role: e.role, bytes: e.data.length, sha256: await sha256(e.data), ...(e.original ? { original: e.original } : {}), ...(e.from ? { converted_from: e.from } : {}), ...(e.kept ? { kept_as_read: e.kept } : {}) })),
    ),
    sources: creditLines(inside),
    licence_warnings: licenceWarnings(inside),
  };
  const zip: Zippable = { [BUNDLE_MANIFEST]: [strToU8(JSON.stringify(manifest, null, 2) + '\n'), { mtime: MTIME }] };
  // Parquet is compressed already; deflating it again costs time for nothing.
  for (const e of entries) zip[e.path] = [e.data, { mtime: MTIME, level: e.path.endsWith('.parquet') || e.path.endsWith('.gz') ? 0 : 6 }];
  return zipSync(zip);
}

/** "inputs/schools.csv" → "inputs/schools.parquet", or "schools-2.parquet" when that name is `taken` (lower case; the new name is added). */
function parquetPath(path: string, taken: Set<string>): string {
  const stem = path.replace(/\.[^./]+$/, '');
  let candidate = `${stem}.parquet`;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${stem}-${k}.parquet`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export { INPUTS, OUTPUTS };
