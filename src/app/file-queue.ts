// Files the planner dropped, placed one at a time through the "Add data" dialog.
import type { FileCandidate } from '../state/file-candidate.ts';
import type { StagedFile } from './workspace.ts';

/** The files waiting, and the one in the dialog with what sniffing found. */
export class FileQueue {
  private pending: File[] = [];
  /** The file being sniffed or shown in the dialog. */
  adding: File | null = null;
  candidate: FileCandidate | null = null;
  /** The file's stored copy, once stored. */
  staged: StagedFile | null = null;

  /** Queues files; true when no file is in the dialog, so the first should be offered now. */
  add(files: readonly File[]): boolean {
    this.pending.push(...files);
    return this.adding === null;
  }

  /** Moves the next file into the dialog (none left: undefined). */
  next(): File | undefined {
    const file = this.pending.shift();
    this.adding = file ?? null;
    this.candidate = null;
    this.staged = null;
    return file;
  }

  /** The dialog is closed. */
  close(): void {
    this.adding = null;
    this.candidate = null;
    this.staged = null;
  }

  /** Files waiting after the one in the dialog. */
  get waiting(): number {
    return this.pending.length;
  }
}
