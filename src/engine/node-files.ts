// FileSource for Node: files next to the project file on disk.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/report.ts';
import type { FileSource } from './file-source.ts';

/** Reads project paths relative to `projectDir` (versioned by size and mtime); a missing file is an InputError naming it. */
export function diskFiles(projectDir: string): FileSource {
  return {
    async version(p) {
      // Size and modification time (ns): a file rewritten in place gets a new token.
      const s = await stat(path.resolve(projectDir, p), { bigint: true }).catch(() => undefined);
      return s ? `${path.resolve(projectDir, p)}:${s.size}:${s.mtimeNs}` : undefined;
    },
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
