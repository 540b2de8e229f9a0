// FileSource for Node: files next to the project file on disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileSource } from './file-source.ts';

/** Reads project paths relative to `projectDir`. */
export function diskFiles(projectDir: string): FileSource {
  return {
    async read(p) {
      return new Uint8Array(await readFile(path.resolve(projectDir, p)));
    },
  };
}
