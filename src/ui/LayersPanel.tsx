// The project's data at a glance: every file with its role, rows read and rejected, and the
// problems found (ids that do not match, points outside every district…). Layers can be
// removed (with undo) and indicators defined here.
import type { RunView } from '../state/run-view.ts';
import type { RunReport } from '../engine/run-report.ts';

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
  const report = run.report;
  return (
    <details className="layers-panel" open={open}>
      {/* Headings follow the page's outline (axe heading-order): h1 app, h2 panel, h3 parts. */}
      <summary>
        <h2 className="summary-heading">Data and checks</h2>
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
              <strong>{f.name ?? 'districts'}</strong> <span className="counts">{f.role} · {f.file}</span>
              {f.name && (
                <button type="button" disabled={busy} onClick={() => onRemoveLayer(f.name!)} aria-label={`Remove layer ${f.name}`}>
                  Remove
                </button>
              )}
            </div>
            <div className="counts">
              {f.rows_read.toLocaleString('en')} rows read{f.rows_rejected > 0 && <>, <span className="warn-text">{f.rows_rejected.toLocaleString('en')} rejected</span></>}
            </div>
            <LayerChecks report={report} name={f.name} issues={f.issues} readNotes={f.notes ?? []} />
          </li>
        ))}
      </ul>
      <h3>Indicators</h3>
      <ul className="layer-list">
        {(run.project.indicators ?? []).map((ind) => (
          <li key={ind.id} data-indicator={ind.id}>
            <div className="layer-head">
              <strong>{ind.label ?? ind.id}</strong> <span className="counts">{'rate' in ind ? 'rate' : 'value'} · {ind.table}</span>
              <button type="button" disabled={busy} onClick={() => onRemoveIndicator(ind.id)} aria-label={`Remove indicator ${ind.id}`}>
                Remove
              </button>
            </div>
            {report.indicators
              .find((r) => r.id === ind.id)
              ?.why.map((why) => (
                <p key={why} className="counts warn-text">
                  Blank: {why}
                </p>
              ))}
          </li>
        ))}
      </ul>
      <button type="button" disabled={busy || (run.project.tables ?? []).length === 0} onClick={onDefineIndicator}>
        Define an indicator…
      </button>
    </details>
  );
}

function LayerChecks({ report, name, issues, readNotes }: { report: RunReport; name: string | null; issues: RunReport['files'][number]['issues']; readNotes: readonly string[] }) {
  // How the file was read (an encoding, decimal commas) comes first: every figure depends on it.
  const notes: string[] = [...readNotes];
  const table = report.tables.find((t) => t.name === name);
  if (table?.ids_not_in_boundaries.count) notes.push(`${table.ids_not_in_boundaries.count} ids match no district: ${table.ids_not_in_boundaries.ids.slice(0, 5).join(', ')}`);
  if (table?.districts_without_rows.count) notes.push(`${table.districts_without_rows.count} districts have no row: ${table.districts_without_rows.ids.slice(0, 5).join(', ')}`);
  const points = report.points.find((p) => p.name === name);
  if (points?.outside_every_district) notes.push(`${points.outside_every_district.toLocaleString('en')} points outside every district`);
  if (points?.missing_coordinates) notes.push(`${points.missing_coordinates.toLocaleString('en')} points without coordinates`);
  const tiles = report.tiles.find((t) => t.name === name);
  if (tiles?.outside_every_district.tiles) notes.push(`${tiles.outside_every_district.tiles.toLocaleString('en')} tiles (${tiles.outside_every_district.tests.toLocaleString('en')} tests) outside every district`);
  if (tiles?.invalid_quadkeys) notes.push(`${tiles.invalid_quadkeys} invalid quadkeys`);
  if (notes.length === 0 && issues.length === 0) return <p className="counts ok-text">No problems found.</p>;
  return (
    <ul className="checks">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
      {issues.slice(0, 20).map((issue, k) => (
        <li key={k}>
          {issue.row !== undefined && <>row {issue.row}: </>}
          {issue.column !== undefined && <>column “{issue.column}”: </>}
          {issue.reason}
        </li>
      ))}
      {issues.length > 20 && <li>… and {issues.length - 20} more (see report.json)</li>}
    </ul>
  );
}
