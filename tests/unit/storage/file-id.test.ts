// A stored file's content id is cyrb53 over all its bytes, fed in 4 MiB slices: the same id
// as hashing the bytes whole (contentHash), whatever the slicing.
import { describe, expect, test } from 'vitest';
import { fileRef } from '../../../src/app/storage/file-id.ts';
import { ContentHasher, contentHash } from '../../../src/core/hash.ts';
import { mulberry32 } from '../../../src/core/random.ts';

describe('fileRef', () => {
  test('a 9 MB file (three slices) gets the hash of its whole bytes and its size', async () => {
    const random = mulberry32(16);
    const bytes = Uint8Array.from({ length: 9_000_000 }, () => Math.floor(random() * 256));
    expect(await fileRef(new Blob([bytes]))).toEqual({ id: `${contentHash(bytes)}-9000000`, size: 9_000_000 });
  });

  test('files of the same name and size but other bytes get other ids; the same bytes the same id', async () => {
    const [a, b, c] = await Promise.all(['t,1\n', 't,2\n', 't,1\n'].map((text) => fileRef(new Blob([text]))));
    expect(a!.id).not.toBe(b!.id);
    expect(c).toEqual(a);
  });
});

describe('ContentHasher', () => {
  test('fed in pieces, it gives what contentHash gives at once (cyrb53 of "abc" is 11f9f91ac18c8d, as the one-shot version gave before it was split)', () => {
    expect(contentHash('abc')).toBe('11f9f91ac18c8d');
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) % 256);
    expect(new ContentHasher().update(bytes.subarray(0, 333)).update(bytes.subarray(333)).digest()).toBe(contentHash(bytes));
  });
});
