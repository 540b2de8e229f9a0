// Names and records of the IndexedDB workspace (schema version 2), shared by the store and
// its upgrade steps.

export const PROJECTS = 'projects';
export const BLOBS = 'blobs';
export const ADDING = 'adding';
export const META = 'meta';

/** A stored file: its bytes, and their count kept beside the Blob so sweeping does not touch contents. */
export interface BlobRecord {
  readonly id: string;
  readonly size: number;
  readonly data: Blob;
}

/** Tab `tab`'s "Add data" dialog holds file `id`, not yet in any project. */
export interface AddingMark {
  readonly tab: string;
  readonly id: string;
}
