// Every result can leave the app as a file — the same files `lastmile run` writes, district
// figures as GeoJSON and GeoParquet, the map as a PNG, the printable report and the plan
// bundle — and the project itself can be saved to re-run it with the CLI. Licence terms that
// limit reuse are listed at the top of the menu, before anything is saved.
import { useMemo, useRef, useState } from 'react';
import { downloadData, downloadText } from '../app/download.ts';
import type { StudyExports } from '../app/study-exports.ts';
import type { Project } from '../core/project/types.ts';
import { useWords } from '../i18n/use-words.ts';
import { licenceNoticeText } from '../state/licence-text.ts';
import { measureLabel } from '../state/measures.ts';
import type { RunView } from '../state/run-view.ts';
import { mapImage, svgToPng, type MapImageInput } from './export/map-image.ts';
import './export/export.css';

interface Props {
  run: RunView;
  /** The open project as it is now (scenarios edited since the last run included). */
  project: Project;
  projectFile: string;
  study: StudyExports | null;
  /** The map as shown (measure, districts), for the PNG; null when nothing is mapped. */
  map: MapImageInput | null;
}

/** A download's words by its file (the app layer names it in English): the name stays, the description is translated. */
function downloadLabel(name: string, english: string, t: (key: string, values?: Record<string, string | number>) => string): string {
  if (name === 'districts.geojson') return t('export.download.geojson');
  if (name === 'districts.parquet') return t('export.download.parquet');
  if (name.endsWith('.report.html')) return t('export.download.report');
  if (name.endsWith('.lastmile.zip')) {
    const plans = /(\d+) plans?\)$/.exec(english);
    return plans ? t('export.download.bundlePlans', { count: Number(plans[1]) }) : t('export.download.bundle');
  }
  return english;
}

export function ExportMenu({ run, project, projectFile, study, map }: Props) {
  const words = useWords();
  const { t } = words;
  // The figure files are written when the menu is opened, not after every run: on 3,240
  // counties they cost ~40 ms of main thread that an edit paid even with the menu closed (#18).
  const [open, setOpen] = useState(false);
  const files = useMemo(() => (open ? run.outputs() : {}), [run, open]);
  const menu = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const save = (name: string, text: string, type: string) => {
    downloadText(name, text, type);
    close();
  };
  const make = async (name: string, type: string, data: () => Promise<string | Uint8Array>) => {
    setBusy(name);
    setError(null);
    try {
      downloadData(name, await data(), type);
      close();
    } catch (e) {
      setError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  const image = map ? { name: `map-${map.measure.key.replace(/[^A-Za-z0-9._-]+/g, '_')}.png`, label: measureLabel(map.measure, words) } : null;
  return (
    <details className="export-menu results-menu" ref={menu} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('export.menu')}</summary>
      <ul>
        {study && study.warnings.length > 0 && (
          <li className="licence-warning" role="note">
            <strong>{t('export.beforeShare')}</strong>
            <ul>
              {study.warnings.map((w) => (
                <li key={w.message}>{licenceNoticeText(w, words)}</li>
              ))}
            </ul>
          </li>
        )}
        {error && (
          <li className="export-error" role="alert">
            {error}
          </li>
        )}
        <li className="menu-heading">{t('export.figures')}</li>
        {Object.entries(files).map(([name, text]) => (
          <li key={name}>
            <button type="button" onClick={() => save(name, text, name.endsWith('.json') ? 'application/json' : 'text/csv')}>
              {name}
            </button>
          </li>
        ))}
        {study?.downloads.map((d) => (
          <li key={d.name}>
            <button type="button" disabled={busy !== null} aria-busy={busy === d.name} onClick={() => void make(d.name, d.type, d.data)}>
              {downloadLabel(d.name, d.label, t)}
            </button>
          </li>
        ))}
        {map && image && (
          <li>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() =>
                void make(image.name, 'image/png', () => {
                  const { svg, alt } = mapImage(map);
                  return svgToPng(svg, { Title: `${map.title}: ${map.measure.label}`, Description: alt, Source: map.credits.join('\n') });
                })
              }
            >
              {t('export.mapImage', { label: image.label })}
            </button>
          </li>
        )}
        <li>
          <button type="button" onClick={() => save(projectFile, JSON.stringify(project, null, 2) + '\n', 'application/json')}>
            {t('export.projectFile', { file: projectFile })}
          </button>
        </li>
      </ul>
    </details>
  );
}
