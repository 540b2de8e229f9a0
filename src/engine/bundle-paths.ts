// Where each file of a project goes inside a plan bundle, and the project as the bundle holds
// it: every data file under inputs/ by its own name (a second file of the same name gets
// "-2"), every path in the project rewritten to point there. A bundle is then a folder that
// the CLI and the app read like any project folder, with nothing outside it.
import type { Project } from '../core/project/types.ts';
import { projectFiles } from '../core/export/licences.ts';
import { baseName } from './file-source.ts';

/** The folder of a bundle that holds the project's data files. */
export const INPUTS = 'inputs/';
/** The folder of a bundle that holds what the run and the plans wrote. */
export const OUTPUTS = 'outputs/';

/** Original path → path inside the bundle, for every file `project` reads. */
export function bundlePaths(project: Project): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of projectFiles(project)) {
    const name = baseName(file);
    const dot = name.indexOf('.', 1);
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let inside = name;
    for (let k = 2; taken.has(inside.toLowerCase()); k++) inside = `${stem}-${k}${ext}`;
    taken.add(inside.toLowerCase());
    paths.set(file, INPUTS + inside);
  }
  return paths;
}

/** `project` with every file path replaced as `paths` says (sources follow their files). */
export function withPaths(project: Project, paths: ReadonlyMap<string, string>): Project {
  const to = (file: string) => paths.get(file) ?? file;
  const layers = <T extends { readonly file: string }>(list: readonly T[] | undefined) => list?.map((l) => ({ ...l, file: to(l.file) }));
  return {
    ...project,
    districts: { ...project.districts, file: to(project.districts.file) },
    ...(project.tables ? { tables: layers(project.tables)! } : {}),
    ...(project.tiles ? { tiles: layers(project.tiles)! } : {}),
    ...(project.points ? { points: layers(project.points)! } : {}),
    ...(project.sources ? { sources: layers(project.sources)! } : {}),
  };
}

/**
 * A path inside a bundle, normalised, or null when it would leave the bundle: absolute,
 * with a drive letter or a backslash, or with a ".." that climbs out.
 */
export function insidePath(path: string): string | null {
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path) || path.includes('\0')) return null;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join('/') : null;
}
