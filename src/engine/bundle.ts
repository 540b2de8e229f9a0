// A plan bundle (`.lastmile.zip`, issue #20): the project file, every data file it reads, the
// outputs (districts.csv, inequality.csv, plan files) and manifest.json with each file's size
// and SHA-256, so anyone can check what they received and re-run every number with
// `lastmile run` / `lastmile plan` or the app. The same inputs give the same bytes (fixed
// entry order and timestamps), so two bundles of one study can be compared by hash.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Project } from '../core/project/types.ts';
import { creditLines, licenceWarnings } from '../core/export/licences.ts';
import { bundlePaths, INPUTS, OUTPUTS, withPaths } from './bundle-paths.ts';
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

/**
 * The bundle of `project`: its data files read from `files`, and `outputs` (file name →
 * text, as `lastmile run` and `lastmile plan` write them) under outputs/. Returns the zip's bytes.
 */
export async function makeBundle(project: Project, files: FileSource, outputs: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<Uint8Array> {
  const paths = bundlePaths(project);
  const entries: { path: string; role: ManifestFile['role']; data: Uint8Array; original?: string }[] = [];
  const inside = withPaths(project, paths);
  entries.push({ path: BUNDLE_PROJECT, role: 'project', data: strToU8(JSON.stringify(inside, null, 2) + '\n') });
  for (const [original, path] of paths) entries.push({ path, role: 'input', data: await files.read(original, signal), original });
  for (const name of Object.keys(outputs).sort()) entries.push({ path: OUTPUTS + name, role: 'output', data: strToU8(outputs[name]!) });

  const manifest: BundleManifest = {
    lastmile_bundle: BUNDLE_VERSION,
    title: project.title,
    project: BUNDLE_PROJECT,
    files: await Promise.all(entries.map(async (e) => ({ path: e.path, role: e.role, bytes: e.data.length, sha256: await sha256(e.data), ...(e.original ? { original: e.original } : {}) }))),
    sources: creditLines(inside),
    licence_warnings: licenceWarnings(inside),
  };
  const zip: Zippable = { [BUNDLE_MANIFEST]: [strToU8(JSON.stringify(manifest, null, 2) + '\n'), { mtime: MTIME }] };
  // Parquet is compressed already; deflating it again costs time for nothing.
  for (const e of entries) zip[e.path] = [e.data, { mtime: MTIME, level: e.path.endsWith('.parquet') || e.path.endsWith('.gz') ? 0 : 6 }];
  return zipSync(zip);
}

export { INPUTS, OUTPUTS };
