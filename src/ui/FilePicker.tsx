// A hidden file input opened by a button elsewhere; hands the chosen files on and resets so
// the same file can be chosen again (e.g. after fixing it).
import { forwardRef } from 'react';

export const FilePicker = forwardRef<HTMLInputElement, { onFiles(files: File[]): void; accept: string; testId: string }>(function FilePicker({ onFiles, accept, testId }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      hidden
      data-testid={testId}
      accept={accept}
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = '';
        if (files.length) onFiles(files);
      }}
    />
  );
});
