// Storage failures told in the planner's words. The one that matters most is a full disk
// quota: IndexedDB reports it as QuotaExceededError (NS_ERROR_DOM_QUOTA_REACHED in older
// Firefox), usually when a large file is added.

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
  const usage = await usageText(estimate);
  return new Error(`${action}: the browser's storage is full${usage}; delete projects or files you no longer need, or free disk space`, { cause: error });
}

/** ": 12.3 MB used of 50.0 MB" (decimal megabytes, as browsers' storage settings show them), or "" when unknown. */
async function usageText(estimate: Estimate | undefined): Promise<string> {
  try {
    const { usage, quota } = (await estimate?.()) ?? {};
    if (usage === undefined || quota === undefined) return '';
    return `: ${megabytes(usage)} used of ${megabytes(quota)}`;
  } catch {
    return '';
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
