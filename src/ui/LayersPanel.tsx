// The project's data at a glance: every file with its role, rows read and rejected, and the
// problems found (ids that do not match, points outside every district…). Layers can be
// removed (with undo) and indicators defined here.
import type { RunView } from '../state/run-view.ts';
import type { RunReport } from '../engine/run-report.ts';
import { formatWhole } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';
import type { Words } from '../state/words.ts';
import { checkReason, type CheckLine } from '../state/check-text.ts';
import { blankText } from '../state/load-text.ts';

interface Props {
  run: RunView;
  /** Open at first (the planner's own data, or data with problems); a bundled example starts folded. */
  open: boolean;
  busy: boolean;
  onRemoveLayer(name: string): void;
  onRemoveIndicator(id: string): void;
  onDefineIndicator(): void;
}

export function LayersPanel({ run, open, busy, onRemoveLayer, onRemoveIndicator, onDefineIndicator }: Props) {
  const words = useWords();
  const { t } = words;
  const report = run.report;
  return (
    <details className="layers-panel" open={open}>
      {/* Headings follow the page's outline (axe heading-order): h1 app, h2 panel, h3 parts. */}
      <summary>
        <h2 className="summary-heading">{t('layers.title')}</h2>
      </summary>
      {report.notes.map((note) => (
        <p key={note} className="counts warn-text report-note">
          {note}
        </p>
      ))}
      <ul className="layer-list">
        {report.files.map((f, i) => (
          <li key={`${f.file}-${i}`} data-layer={f.name ?? 'districts'}>
            <div className="layer-head">
              <strong>{f.name ?? t('layers.districtsLayer')}</strong> <span className="counts">{t(`layers.role.${f.role}`)} · {f.file}</span>
              {f.name && (
                <button type="button" disabled={busy} onClick={() => onRemoveLayer(f.name!)} aria-label={t('layers.removeLayer', { name: f.name })}>
                  {t('layers.remove')}
                </button>
              )}
            </div>
            <div className="counts">
              {t('layers.rowsRead', { count: f.rows_read })}{f.rows_rejected > 0 && <>, <span className="warn-text">{t('layers.rejected', { count: f.rows_rejected })}</span></>}
            </div>
            <LayerChecks report={report} name={f.name} issues={f.issues} readNotes={f.coded_notes ?? (f.notes ?? []).map((reason) => ({ reason }))} words={words} />
          </li>
        ))}
      </ul>
      <h3>{t('layers.indicators')}</h3>
      <ul className="layer-list">
        {(run.project.indicators ?? []).map((ind) => (
          <li key={ind.id} data-indicator={ind.id}>
            <div className="layer-head">
              <strong>{ind.label ?? ind.id}</strong> <span className="counts">{t('rate' in ind ? 'layers.kind.rate' : 'layers.kind.value')} · {ind.table}</span>
              <button type="button" disabled={busy} onClick={() => onRemoveIndicator(ind.id)} aria-label={t('layers.removeIndicator', { id: ind.id })}>
                {t('layers.remove')}
              </button>
            </div>
            {blankLines(report.indicators.find((r) => r.id === ind.id), words).map((why) => (
              <p key={why} className="counts warn-text">
                {t('layers.blank', { why })}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <button type="button" disabled={busy || (run.project.tables ?? []).length === 0} onClick={onDefineIndicator}>
        {t('layers.define')}
      </button>
    </details>
  );
}

function LayerChecks({ report, name, issues, readNotes, words }: { report: RunReport; name: string | null; issues: RunReport['files'][number]['issues']; readNotes: readonly CheckLine[]; words: Words }) {
  const { t, locale } = words;
  // How the file was read (an encoding, decimal commas) comes first: every figure depends on it.
  const notes: string[] = readNotes.map((n) => checkReason(n, words));
  const table = report.tables.find((t) => t.name === name);
  if (table?.ids_not_in_boundaries.count) notes.push(t('layers.check.idsNoDistrict', { count: table.ids_not_in_boundaries.count, ids: table.ids_not_in_boundaries.ids.slice(0, 5).join(', ') }));
  if (table?.districts_without_rows.count) notes.push(t('layers.check.districtsNoRow', { count: table.districts_without_rows.count, ids: table.districts_without_rows.ids.slice(0, 5).join(', ') }));
  const points = report.points.find((p) => p.name === name);
  if (points?.outside_every_district) notes.push(t('layers.check.pointsOutside', { count: points.outside_every_district }));
  if (points?.missing_coordinates) notes.push(t('layers.check.pointsNoCoordinates', { count: points.missing_coordinates }));
  const tiles = report.tiles.find((t) => t.name === name);
  if (tiles?.outside_every_district.tiles) notes.push(t('layers.check.tilesOutside', { count: tiles.outside_every_district.tiles, tests: formatWhole(tiles.outside_every_district.tests, locale) }));
  if (tiles?.invalid_quadkeys) notes.push(t('layers.check.invalidQuadkeys', { count: tiles.invalid_quadkeys }));
  if (notes.length === 0 && issues.length === 0) return <p className="counts ok-text">{t('layers.noProblems')}</p>;
  return (
    <ul className="checks">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
      {issues.slice(0, 20).map((issue, k) => (
        <li key={k}>
          {issue.row !== undefined && <>{t('layers.issue.row', { row: formatWhole(issue.row, locale) })} </>}
          {issue.column !== undefined && <>{t('layers.issue.column', { column: issue.column })} </>}
          {checkReason(issue, words)}
        </li>
      ))}
      {issues.length > 20 && <li>{t('layers.issue.more', { count: issues.length - 20 })}</li>}
    </ul>
  );
}

/** Why an indicator's districts are blank, worded from the codes (a report saved before they existed has only the English sentences). */
function blankLines(indicator: RunReport['indicators'][number] | undefined, words: Words): string[] {
  if (!indicator) return [];
  return indicator.coded_why?.map((c) => blankText(c, words)) ?? [...indicator.why];
}
