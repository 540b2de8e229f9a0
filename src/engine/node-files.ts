// FileSource for Node: files next to the project file on disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/report.ts';
import type { FileSource } from './file-source.ts';

/** Reads project paths relative to `projectDir`; a missing file is an InputError naming it. */
export function diskFiles(projectDir: string): FileSource {
  return {
    async read(p) {
      const full = path.resolve(projectDir, p);
      try {
        return new Uint8Array(await readFile(full));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new InputError({ file: p, reason: `no such file (looked for ${full})` });
        if (code === 'EISDIR') throw new InputError({ file: p, reason: 'is a folder, not a file' });
        throw e;
      }
    },
  };
}
