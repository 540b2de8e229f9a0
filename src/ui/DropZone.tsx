// Files reach Lastmile by drag-and-drop anywhere on the window or through the "Add data"
// picker; both hand the same File objects on. Nothing is uploaded: files stay on the device.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useWords } from '../i18n/use-words.ts';
import { FilePicker } from './FilePicker.tsx';

interface Props {
  onFiles(files: File[]): void;
  children: ReactNode;
}

/** Wraps the app; shows an overlay while files are dragged over it. */
export function DropZone({ onFiles, children }: Props) {
  const { t } = useWords();
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const onFilesRef = useRef(onFiles);
  onFilesRef.current = onFiles;

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current++;
      setOver(true);
    };
    const leave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) onFilesRef.current(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('drop.overlay')}</p>
        </div>
      )}
    </>
  );
}

/** A button that opens the file picker for data files. */
export function AddDataButton({ onFiles, label }: { onFiles(files: File[]): void; label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const { t } = useWords();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label ?? t('drop.add')}
      </button>
      <FilePicker ref={input} onFiles={onFiles} testId="add-data-input" accept=".csv,.tsv,.txt,.gz,.geojson,.json,.topojson,.parquet" />
    </>
  );
}
