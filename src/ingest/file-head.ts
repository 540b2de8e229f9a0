// Reading the start of a file a planner picked, without reading all of it: a browser File,
// a Blob, or in Node any object with the same three members. Gzip is undone on the fly and
// only as far as needed, so sniffing a 2 GB .csv.gz costs a few hundred kilobytes.
import { InputError } from '../core/report.ts';

/** What sniffing needs of a file: a browser File satisfies it. `size` in bytes. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Bytes of a file, decompressed when it was gzip; `complete` when they are the whole file. */
export interface Head {
  readonly bytes: Uint8Array;
  readonly complete: boolean;
}

/** Compressed bytes read per step while decompressing a head. */
const GZIP_CHUNK = 64 * 1024;

/** Bytes `start`–`end` (exclusive) of a file. */
export async function readRange(file: FileLike, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.slice(start, Math.min(end, file.size)).arrayBuffer());
}

/** The first `limit` bytes of a plain file. */
export async function readHead(file: FileLike, limit: number): Promise<Head> {
  return { bytes: await readRange(file, 0, limit), complete: file.size <= limit };
}

/** True when the bytes start with the gzip signature 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The first `limit` decompressed bytes of a gzip file, reading only the compressed bytes they need. */
export async function readGzipHead(file: FileLike, limit: number): Promise<Head> {
  let offset = 0;
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      if (offset >= file.size) return controller.close();
      const chunk = await readRange(file, offset, offset + GZIP_CHUNK);
      offset += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('gzip')).getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      parts.push(value);
      length += value.length;
    }
  } catch (e) {
    throw new InputError({ file: file.name, reason: `could not be decompressed as gzip (${(e as Error).message})` });
  }
  // Stop the decompressor: the rest of the file is not needed.
  if (!complete) await reader.cancel().catch(() => undefined);
  const bytes = concat(parts, Math.min(length, limit));
  if (complete && bytes.length === 0) throw new InputError({ file: file.name, reason: 'the file is empty once decompressed', code: 'emptyDecompressed' });
  return { bytes, complete: complete && length <= limit };
}

/**
 * Decompressed size of a gzip file in bytes, from its trailer (ISIZE, RFC 1952 §2.3.1): exact
 * below 4 GiB, the size modulo 4 GiB above, so it is a lower bound at best for huge files.
 */
export async function gzipSize(file: FileLike): Promise<number> {
  if (file.size < 18) return 0;
  const tail = await readRange(file, file.size - 4, file.size);
  return new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
}

/** A size for planners: "250 MB", "1.9 GB", "12 KB" (binary units: 1 GB = 1024³ bytes, as operating systems show them). */
export function formatSize(bytes: number): string {
  const MB = 1024 ** 2;
  const GB = 1024 ** 3;
  if (bytes >= GB) return `${trim((bytes / GB).toFixed(1))} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

function trim(fixed: string): string {
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    if (at >= length) break;
    const take = p.subarray(0, length - at);
    out.set(take, at);
    at += take.length;
  }
  return out;
}
