import { describe, expect, test } from 'vitest';
import { isQuotaError, megabytes, storageError } from '../../../src/app/storage/storage-errors.ts';

describe('storageError', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  test('a full disk says how much is used of how much, in decimal MB', async () => {
    const error = await storageError(quota, 'could not save "a.csv"', async () => ({ usage: 1_234_567, quota: 2_000_000 }));
    expect(error.message).toBe(
      `could not save "a.csv": the browser's storage is full: 1.2 MB used of 2.0 MB; delete projects or files you no longer need, or free disk space`,
    );
    expect(error.cause).toBe(quota);
  });

  test('without an estimate (or when it fails) the figures are left out', async () => {
    const expected = `x: the browser's storage is full; delete projects or files you no longer need, or free disk space`;
    expect((await storageError(quota, 'x', undefined)).message).toBe(expected);
    expect((await storageError(quota, 'x', async () => Promise.reject(new Error('no')))).message).toBe(expected);
    expect((await storageError(quota, 'x', async () => ({}))).message).toBe(expected);
  });

  test("older Firefox's name for it counts too; other errors keep their own message", async () => {
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'DataCloneError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect((await storageError(new DOMException('cannot clone', 'DataCloneError'), 'could not save', undefined)).message).toBe('could not save: cannot clone');
    expect((await storageError('odd', 'could not save', undefined)).message).toBe('could not save: odd');
  });

  test('megabytes are 10^6 bytes, one decimal', () => {
    expect(megabytes(0)).toBe('0.0 MB');
    expect(megabytes(1_050_000)).toBe('1.1 MB');
  });
});
