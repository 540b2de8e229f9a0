// Projects: the title of the open one, a new empty project, recent projects kept in this
// browser, opening a project file, and the bundled example.
import { useRef } from 'react';
import type { ProjectSummary } from '../state/project-summary.ts';
import { FilePicker } from './FilePicker.tsx';
import { formatDate } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';

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
  const { t, locale } = useWords();
  const menu = useRef<HTMLDetailsElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <div className="project-menu">
      <input className="project-title-input" aria-label={t('project.title')} value={title} onChange={(e) => onTitle(e.target.value)} />
      <details ref={menu} className="export-menu projects-menu">
        <summary>{t('project.menu')}</summary>
        <ul>
          <li>
            <button type="button" onClick={() => { close(); onNew(); }}>{t('project.new')}</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); picker.current?.click(); }}>{t('project.open')}</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); onOpenExample('kenya'); }}>{t('project.example.kenya')}</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); onOpenExample('nairobi'); }}>{t('project.example.nairobi')}</button>
          </li>
          <li>
            <button type="button" onClick={() => { close(); onOpenExample('mesh'); }}>{t('project.example.mesh')}</button>
          </li>
          {recent.length > 0 && <li className="menu-heading">{t('project.recent')}</li>}
          {recent.map((p) => (
            <li key={p.id}>
              <button type="button" disabled={p.id === currentId} onClick={() => { close(); onOpenRecent(p.id); }}>
                {p.title} <span className="counts">{formatDate(p.updatedAt, locale)}{p.files ? ` · ${t('project.files', { count: p.files })}` : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <FilePicker ref={picker} onFiles={onOpenFiles} testId="open-project-input" accept=".json,.zip,.csv,.tsv,.txt,.gz,.geojson,.topojson,.parquet" />
    </div>
  );
}
