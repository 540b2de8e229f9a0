// A stored file's content id: a hash of its bytes and their count. Read in slices, so a
// 200 MB Parquet file is never held whole in memory to be named, and the page stays
// responsive between slices.
import { ContentHasher } from '../../core/hash.ts';
import type { FileRef } from './store.ts';

/** Bytes hashed per slice. */
const SLICE = 4 * 1024 * 1024;

/** The content id and size of `blob`. */
export async function fileRef(blob: Blob, signal?: AbortSignal): Promise<FileRef> {
  const hasher = new ContentHasher();
  for (let at = 0; at < blob.size; at += SLICE) {
    signal?.throwIfAborted();
    hasher.update(new Uint8Array(await blob.slice(at, at + SLICE).arrayBuffer()));
  }
  return { id: `${hasher.digest()}-${blob.size}`, size: blob.size };
}
