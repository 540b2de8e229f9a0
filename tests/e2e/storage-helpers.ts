// Helpers for the storage journeys: what the workspace holds in IndexedDB, read from the page.
import type { Page } from 'playwright-core';

/** Ids of every file stored in the page's workspace (IndexedDB "lastmile", store "blobs"). */
export function storedFileIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('lastmile');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('blobs').objectStore('blobs').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve((keys.result as string[]).sort());
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

/** Opens the "Add data" dialog on `file` and waits for it. */
export async function addFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('add-data-input').setInputFiles(file);
  await page.locator('dialog.add-data-dialog[open]').waitFor();
}

/** Waits until the app has started: its project computed ("idle") or without boundaries yet ("empty"). */
export async function waitForStart(page: Page): Promise<void> {
  await page.waitForFunction(() => ['idle', 'empty'].includes(document.documentElement.dataset.lastmileState ?? ''), undefined, { timeout: 90_000 });
}
