// Storage failures told in the planner's words. The one that matters most is a full disk
// quota: IndexedDB reports it as QuotaExceededError (NS_ERROR_DOM_QUOTA_REACHED in older
// Firefox), usually when a large file is added.

import type { NoticeWords } from '../../state/notices.ts';

/** A storage failure with its notice code and values (usage and quota in MB), for the banner to word in the planner's language. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    message: string,
    readonly notice: NoticeWords,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Usage and quota in bytes, as `navigator.storage.estimate()` gives them. */
export type Estimate = () => Promise<{ usage?: number; quota?: number }>;

/** True for the errors browsers raise when the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** `error` as an Error whose message starts with `action` (e.g. 'could not save "x.csv"') and says why in plain words. */
export async function storageError(error: unknown, action: string, estimate: Estimate | undefined = browserEstimate()): Promise<Error> {
  if (!isQuotaError(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Error(`${action}: ${reason}`, { cause: error });
  }
  const used = await usageOf(estimate);
  const usage = used ? `: ${megabytes(used.usage)} used of ${megabytes(used.quota)}` : '';
  const notice: NoticeWords = used ? { code: 'storageFullUsage', values: { used: used.usage / 1e6, quota: used.quota / 1e6 } } : { code: 'storageFull', values: {} };
  return new StorageError(`${action}: the browser's storage is full${usage}; delete projects or files you no longer need, or free disk space`, notice, { cause: error });
}

/** Usage and quota in bytes, or null when the browser does not say. */
async function usageOf(estimate: Estimate | undefined): Promise<{ usage: number; quota: number } | null> {
  try {
    const { usage, quota } = (await estimate?.()) ?? {};
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}

/** Bytes as "12.3 MB" (1 MB = 10^6 bytes). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function browserEstimate(): Estimate | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);
  return storage?.estimate ? () => storage.estimate() : undefined;
}
