// Where a project's files come from: the disk next to the project file (CLI), the app's
// bundled data or files the planner dropped in (browser). Paths are as written in the
// project file, i.e. relative to it.

export interface FileSource {
  /** The bytes of the file at `path` (relative to the project file); stops early when `signal` aborts. */
  read(path: string, signal?: AbortSignal): Promise<Uint8Array>;
  /** The file as a Blob, when the source holds one (files the planner added), so large files can be read in place. */
  blob?(path: string): Promise<Blob | undefined>;
  /**
   * A token that changes whenever the file's bytes change (size and modification time, a
   * stored Blob's identity), so the engine can tell an unchanged file without reading it.
   * Without it, or when it returns undefined, the file is read and its bytes hashed.
   */
  version?(path: string): Promise<string | undefined>;
}

/** The last path segment, used to name virtual files and in messages. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
