// FileSource for Node: files next to the project file on disk. A project file may come from
// anyone, so the CLI confines its paths: each must resolve — symbolic links followed — to a
// regular file with a data file's extension inside the project's folder or a folder the
// planner names (`--root`). Otherwise `"../../home/me/.ssh/id_rsa.csv"` or a link named
// `x.csv` would read any file, and a message listing "the columns found" would show its first line.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { knownExtension } from '../core/project/files.ts';
import { InputError } from '../core/report.ts';
import type { FileSource } from './file-source.ts';

/** The most bytes Node reads into one buffer (2 GiB − 1; Buffer's limit on 64-bit platforms). */
export const MAX_READ_BYTES = 2 ** 31 - 1;

export interface DiskFileOptions {
  /** Folders every file must resolve inside (symbolic links followed); absent: no confinement (trusted callers, tests). */
  readonly roots?: readonly string[];
  /** Size of a file in bytes, as stat gives it; tests inject a huge one without writing it. */
  readonly sizeOf?: (full: string, size: number) => number;
}

/** Reads project paths relative to `projectDir` (versioned by size and mtime); every problem is an InputError naming the file. */
export function diskFiles(projectDir: string, options: DiskFileOptions = {}): FileSource {
  const roots = options.roots ? Promise.all(options.roots.map((r) => realpath(path.resolve(r)).catch(() => path.resolve(r)))) : null;
  const checked = async (p: string): Promise<string> => {
    const full = path.resolve(projectDir, p);
    const real = await realpath(full).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new InputError({ file: p, reason: `no such file (looked for ${full})` });
      throw new InputError({ file: p, reason: `cannot be opened (${e.code ?? 'error'})` });
    });
    const allowed = await roots;
    if (allowed && !allowed.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep))) {
      const where = allowed.length === 1 ? `the folder ${allowed[0]}` : `the folders ${allowed.join(', ')}`;
      throw new InputError({ file: p, reason: `resolves to ${real}, outside ${where}; move the file there, or name a folder that holds it with --root <folder>` });
    }
    if (allowed && real !== full && !knownExtension(real, 'rows') && !knownExtension(real, 'boundaries')) {
      throw new InputError({ file: p, reason: `is a link to ${real}, which is not a data file (no data file extension); link to the data file itself` });
    }
    return real;
  };
  return {
    async version(p) {
      // Size and modification time (ns): a file rewritten in place gets a new token.
      const s = await stat(path.resolve(projectDir, p), { bigint: true }).catch(() => undefined);
      return s ? `${path.resolve(projectDir, p)}:${s.size}:${s.mtimeNs}` : undefined;
    },
    async read(p) {
      const real = await checked(p);
      // stat, not open, first: opening a named pipe (FIFO) waits for a writer for ever.
      const s = await stat(real);
      if (s.isDirectory()) throw new InputError({ file: p, reason: 'is a folder, not a file' });
      if (!s.isFile()) throw new InputError({ file: p, reason: `is ${kindOf(s)}, not a regular file; copy the data into a file and name that` });
      const size = options.sizeOf ? options.sizeOf(real, s.size) : s.size;
      if (size > MAX_READ_BYTES) {
        throw new InputError({ file: p, reason: `the file is ${gigabytes(size)} GB, more than the 2 GB the command line reads in one piece; split it, or filter it to the districts you need first` });
      }
      try {
        return new Uint8Array(await readFile(real));
      } catch (e) {
        throw new InputError({ file: p, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      }
    },
  };
}

function kindOf(s: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a file';
}

function gigabytes(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1).replace(/\.0$/, '');
}
