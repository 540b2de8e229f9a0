// Projects: the title of the open one, a new empty project, recent projects kept in this
// browser, opening a project file, and the bundled example.
import { useRef } from 'react';
import type { ProjectSummary } from '../state/project-summary.ts';
import { FilePicker } from './FilePicker.tsx';

interface Props {
  title: string;
  currentId: string | null;
  recent: readonly ProjectSummary[];
  onTitle(title: string): void;
  onNew(): void;
  onOpenRecent(id: string): void;
  onOpenFiles(files: File[]): void;
  onOpenExample(name: 'kenya' | 'nairobi' | 'mesh'): void;
}

export function ProjectMenu({ title, currentId, recent, onTitle, onNew, onOpenRecent, onOpenFiles, onOpenExample }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <div className="project-menu">
      <input className="project-title-input" aria-label="Project title" value={title} onChange={(e) => onTitle(e.target.value)} />
      <details ref={menu} className="export-menu projects-menu">
        <summary>Projects</summary>
        <ul>
          <li>
            <button type="button" onClick={() => { close(); onNew(); }}>New empty project</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); picker.current?.click(); }}>Open a project file or bundle…</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); onOpenExample('kenya'); }}>Open the Kenya 2019 census example</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); onOpenExample('nairobi'); }}>Open the Nairobi public Wi-Fi planning example</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); onOpenExample('mesh'); }}>Open the Nairobi community network and roll-out example</button>
          </li>
          {recent.length > 0 && <li className="menu-heading">Recent in this browser</li>}
          {recent.map((p) => (
            <li key={p.id}>
              <button type="button" disabled={p.id === currentId} onClick={() => { close(); onOpenRecent(p.id); }}>
                {p.title} <span className="counts">{new Date(p.updatedAt).toLocaleString('en-GB')}{p.files ? ` · ${p.files} files` : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <FilePicker ref={picker} onFiles={onOpenFiles} testId="open-project-input" accept=".json,.zip,.csv,.tsv,.txt,.gz,.geojson,.topojson,.parquet" />
    </div>
  );
}
