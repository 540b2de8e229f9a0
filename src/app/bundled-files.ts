// The app's bundled data as a FileSource: Vite serves every file under data/ from this
// origin, and the bundled project files in examples/ refer to them by relative path.
import type { FileSource } from '../engine/file-source.ts';
import { joinPath } from './project-path.ts';

const urls = import.meta.glob('../../data/**/*.{csv,geojson,json,parquet,gz}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Files of a bundled project whose file sits in `projectDir` (repository-relative, e.g. "examples"). */
export function bundledFiles(projectDir: string, fetchImpl: typeof fetch = fetch): FileSource {
  return {
    async read(path, signal) {
      const repoPath = joinPath(projectDir, path);
      const url = urls[`../../${repoPath}`];
      if (!url) throw new Error(`${path}: not among the bundled data files`);
      const response = await fetchImpl(url, signal ? { signal } : {});
      if (!response.ok) throw new Error(`${path}: could not be read (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
