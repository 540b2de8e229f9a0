// Opening a plan bundle (`.lastmile.zip`) made by the app or any zip tool: every entry must
// stay inside the bundle, the manifest's hashes must match, and the project's files must be
// in it. The result is a FileSource over the zip's entries, so nothing outside the bundle can
// be read however its project file is written.
import { strFromU8, unzipSync } from 'fflate';
import type { Project } from '../core/project/types.ts';
import { formatProjectErrors, parseProjectText } from '../core/project/validate.ts';
import { projectFiles } from '../core/export/licences.ts';
import { InputError } from '../core/report.ts';
import { BUNDLE_MANIFEST, BUNDLE_PROJECT, sha256, type BundleManifest } from './bundle.ts';
import { insidePath } from './bundle-paths.ts';
import type { FileSource } from './file-source.ts';

/** Unpacked size a bundle may have (a zip bomb stops here, before any byte is inflated). */
export const MAX_BUNDLE_BYTES = 2 ** 31;

export interface OpenedBundle {
  readonly project: Project;
  /** The project file's name inside the bundle. */
  readonly projectFile: string;
  readonly manifest: BundleManifest | null;
  /** Every entry by its path inside the bundle. */
  readonly entries: ReadonlyMap<string, Uint8Array>;
  /** The project's files, read from the bundle only. */
  readonly files: FileSource;
}

/** True when `name` looks like a plan bundle. */
export function isBundleName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** Unpacks and checks the bundle `bytes` (named `name` in messages); throws InputError naming what is wrong. */
export async function openBundle(bytes: Uint8Array, name: string): Promise<OpenedBundle> {
  const fail = (reason: string, column?: string): never => {
    throw new InputError({ file: name, ...(column ? { column } : {}), reason });
  };
  let total = 0;
  let raw: Record<string, Uint8Array> = {};
  try {
    raw = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_BUNDLE_BYTES) fail(`unpacks to more than ${MAX_BUNDLE_BYTES / 2 ** 30} GiB; not opened`);
        return !f.name.endsWith('/');
      },
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    fail(`not a readable zip file (${(e as Error).message})`);
  }
  const entries = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(raw)) {
    const inside = insidePath(path);
    if (inside === null) fail(`holds "${path}", a path outside the bundle; not opened`);
    entries.set(inside!, data);
  }

  const manifest = entries.has(BUNDLE_MANIFEST) ? parseManifest(entries.get(BUNDLE_MANIFEST)!, name) : null;
  for (const f of manifest?.files ?? []) {
    const data = entries.get(insidePath(f.path) ?? '');
    if (!data) fail(`the manifest lists "${f.path}", which is not in the bundle`);
    else if ((await sha256(data)) !== f.sha256) fail(`"${f.path}" does not match its SHA-256 in the manifest: the bundle was changed or damaged`);
  }

  const projectFile = manifest?.project ?? (entries.has(BUNDLE_PROJECT) ? BUNDLE_PROJECT : [...entries.keys()].find((p) => p.endsWith('.lastmile.json') && !p.includes('/')));
  if (!projectFile || !entries.has(projectFile)) return fail('holds no project file (*.lastmile.json at its top level)');
  const parsed = parseProjectText(strFromU8(entries.get(projectFile)!), projectFile);
  if (!parsed.ok) throw new InputError({ file: name, reason: formatProjectErrors(parsed.errors) });
  const project = parsed.project;
  for (const file of projectFiles(project)) {
    const inside = insidePath(file);
    if (inside === null) fail(`the project refers to "${file}", outside the bundle; a bundle's paths stay inside it`);
    else if (!entries.has(inside)) fail(`the project refers to "${file}", which is not in the bundle`);
  }
  return { project, projectFile, manifest, entries, files: entryFiles(entries, name) };
}

function parseManifest(data: Uint8Array, name: string): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(data));
  } catch (e) {
    throw new InputError({ file: `${name}/${BUNDLE_MANIFEST}`, reason: `not valid JSON (${(e as Error).message})` });
  }
  const m = json as Partial<BundleManifest> | null;
  if (!m || typeof m !== 'object' || !Array.isArray(m.files) || m.files.some((f) => typeof f?.path !== 'string' || typeof f?.sha256 !== 'string')) {
    throw new InputError({ file: `${name}/${BUNDLE_MANIFEST}`, reason: 'needs "files": a list of { "path", "sha256" }' });
  }
  return m as BundleManifest;
}

/** A FileSource over the bundle's entries: a path that leaves the bundle or is not in it is an InputError. */
function entryFiles(entries: ReadonlyMap<string, Uint8Array>, name: string): FileSource {
  return {
    async read(path, signal) {
      signal?.throwIfAborted();
      const data = entries.get(insidePath(path) ?? '');
      if (!data) throw new InputError({ file: path, reason: `not in the bundle ${name}` });
      return data;
    },
    async version(path) {
      const data = entries.get(insidePath(path) ?? '');
      return data ? `${name}:${path}:${await sha256(data)}` : undefined;
    },
  };
}
