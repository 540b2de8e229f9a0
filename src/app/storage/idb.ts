// A small promise wrapper over IndexedDB: open with versioned upgrades, and one transaction
// per call. Requests inside a transaction are chained with callbacks, not promises, because
// a transaction commits as soon as no request is pending, and older engines (and test fakes)
// do not keep it open across a promise's microtask.

/** Runs in the version-change transaction `tx`: brings a database at `oldVersion` (0 when new) to the current schema. */
export type Upgrade = (db: IDBDatabase, oldVersion: number, tx: IDBTransaction) => void;

/** Opens database `name` at `version`, upgrading it first when older. */
export function openDatabase(factory: IDBFactory, name: string, version: number, upgrade: Upgrade): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB database "${name}" could not be opened`));
    // Another tab still holds an older version; it closes on "versionchange" (see onVersionChange) and open() then proceeds.
    request.onblocked = () => undefined;
  });
}

/**
 * Runs `body` in one transaction over `stores`; `body` issues its requests and returns a
 * function that reads their results, called once the transaction has committed. Rejects
 * with the transaction's error (e.g. QuotaExceededError) if it aborts.
 */
export function transact<T>(db: IDBDatabase, stores: readonly string[], mode: IDBTransactionMode, body: (tx: IDBTransaction) => () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    let read: () => T;
    try {
      tx = db.transaction([...stores], mode);
    } catch (e) {
      reject(e); // e.g. the database was closed
      return;
    }
    try {
      read = body(tx);
    } catch (e) {
      // A value that cannot be cloned, an invalid key: undo whatever `body` had already asked for.
      tx.abort();
      reject(e);
      return;
    }
    tx.oncomplete = () => {
      try {
        resolve(read());
      } catch (e) {
        reject(e);
      }
    };
    tx.onabort = () => reject(tx.error ?? new Error('the IndexedDB transaction was aborted'));
  });
}
