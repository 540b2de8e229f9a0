// The site under the planner's attention (clicked on the map or picked in the table): its cost,
// district and newly covered weight, and the edits that re-shape the plan — lock it in, rule
// it out, release it, remove a site placed by hand — plus placing a site by clicking the map,
// undo of the last edit, and re-running.
import type { SiteEdit } from '../../state/scenario-draft.ts';
import { ADDED_LAYER } from '../../state/scenario-draft.ts';
import { wholeText } from '../../state/plan-text.ts';
import type { SiteRole, SiteRow } from '../../state/plan-view.ts';

interface Props {
  site: (SiteRow & { role: SiteRole }) | null;
  districtNoun?: string;
  /** True while the next map click places a new candidate site. */
  placing: boolean;
  /** Label of the edit undo would take back ("Locked in schools:17"), or null. */
  undoLabel: string | null;
  /** True when the scenario changed since the plan shown was solved. */
  stale: boolean;
  running: boolean;
  onEdit(edit: SiteEdit): void;
  onPlacing(on: boolean): void;
  onUndo(): void;
  onRerun(): void;
  onClose(): void;
}

const ROLE: Readonly<Record<SiteRole, string>> = { chosen: 'chosen by the plan', locked: 'locked in', forbidden: 'ruled out', rejected: 'not chosen' };

export function SitePanel({ site, districtNoun = 'district', placing, undoLabel, stale, running, onEdit, onPlacing, onUndo, onRerun, onClose }: Props) {
  return (
    <section className="site-panel" aria-label="Edit the plan">
      {site && (
        <div className="site-details">
          <header>
            <h2>{site.key}</h2>
            <button type="button" onClick={onClose} aria-label={`Close ${site.key}`}>
              ×
            </button>
          </header>
          <dl className="plan-figures">
            <div>
              <dt>Status</dt>
              <dd>{ROLE[site.role]}</dd>
            </div>
            <div>
              <dt>Cost</dt>
              <dd>{wholeText(site.cost)}</dd>
            </div>
            <div>
              <dt>{districtNoun.charAt(0).toUpperCase() + districtNoun.slice(1)}</dt>
              <dd>{site.district || '—'}</dd>
            </div>
            <div>
              <dt>Newly covered</dt>
              <dd>{wholeText(site.newlyCovered)}</dd>
            </div>
          </dl>
          <div className="site-actions">
            {site.role !== 'locked' && (
              <button type="button" onClick={() => onEdit({ kind: 'lock', key: site.key })}>
                Lock in
              </button>
            )}
            {site.role !== 'forbidden' && (
              <button type="button" onClick={() => onEdit({ kind: 'forbid', key: site.key })}>
                Rule out
              </button>
            )}
            {(site.role === 'locked' || site.role === 'forbidden') && (
              <button type="button" onClick={() => onEdit({ kind: 'release', key: site.key })}>
                Release
              </button>
            )}
            {site.layer === ADDED_LAYER && (
              <button type="button" onClick={() => onEdit({ kind: 'remove-added', id: site.id })}>
                Remove this site
              </button>
            )}
          </div>
        </div>
      )}
      <div className="site-actions">
        <button type="button" aria-pressed={placing} onClick={() => onPlacing(!placing)}>
          {placing ? 'Click the map to place the site… (Esc to stop)' : 'Add a site on the map'}
        </button>
        <button type="button" disabled={!undoLabel} onClick={onUndo}>
          {undoLabel ? `Undo: ${undoLabel}` : 'Undo'}
        </button>
        <button type="button" className={stale ? 'primary' : undefined} disabled={running} onClick={onRerun}>
          Re-solve
        </button>
      </div>
      {stale && <p className="counts">The scenario has changed since this plan was solved.</p>}
    </section>
  );
}
