// A project's files fetched while DuckDB starts (issue #18): on a first visit the engine
// could not ask for Kenya's files before DuckDB's 34 MB of wasm had arrived and compiled,
// and then fetched them; now they arrive during that wait. Each prefetched file is handed
// over once (its bytes go on to DuckDB's worker) and forgotten; a later read fetches again.
import type { Project } from '../core/project/types.ts';
import type { FileSource } from '../engine/file-source.ts';
import { IN_PLACE_BYTES, tableLayers } from '../engine/load-files.ts';

/** Every file `project` reads: its districts, then each table, point and tile layer's file. */
export function projectFilePaths(project: Project): string[] {
  return [...new Set([project.districts.file, ...tableLayers(project).map((l) => l.file)])];
}

/**
 * `files`, with `paths` already being read. A file the planner added that is large enough to
 * be read by DuckDB in place (IN_PLACE_BYTES) is left alone; a prefetch that fails is
 * forgotten, so the engine's own read reports the failure as it always has. `signal` (the
 * run's) stops the fetches, and a read waiting for one stops when its own signal aborts.
 */
export function prefetched(files: FileSource, paths: readonly string[], signal?: AbortSignal): FileSource {
  const pending = new Map<string, Promise<Uint8Array | null>>();
  for (const path of new Set(paths)) {
    const read = (async () => {
      const blob = await files.blob?.(path);
      return blob && blob.size >= IN_PLACE_BYTES ? null : files.read(path, signal);
    })().catch(() => null);
    pending.set(path, read);
  }
  return {
    ...(files.version ? { version: (path: string) => files.version!(path) } : {}),
    ...(files.blob ? { blob: (path: string) => files.blob!(path) } : {}),
    async read(path, readSignal) {
      const early = pending.get(path);
      pending.delete(path);
      const bytes = early ? await orAbort(early, readSignal) : null;
      readSignal?.throwIfAborted();
      return bytes ?? files.read(path, readSignal);
    },
  };
}

/** `p`, or a rejection as soon as `signal` aborts (Cancel must not wait for a slow fetch). */
function orAbort<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
