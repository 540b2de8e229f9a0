// The site under the planner's attention (clicked on the map or picked in the table): its cost,
// district and newly covered weight, and the edits that re-shape the plan — lock it in, rule
// it out, release it, remove a site placed by hand — plus placing a site by clicking the map,
// undo of the last edit, and re-running.
import type { SiteEdit } from '../../state/scenario-draft.ts';
import { ADDED_LAYER } from '../../state/scenario-draft.ts';
import { useWords } from '../../i18n/use-words.ts';
import { wholeText } from '../../state/plan-text.ts';
import { capitalNounText } from '../../state/words.ts';
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

export function SitePanel({ site, districtNoun = 'district', placing, undoLabel, stale, running, onEdit, onPlacing, onUndo, onRerun, onClose }: Props) {
  const words = useWords();
  const { t, locale } = words;
  return (
    <section className="site-panel" aria-label={t('site.panel')}>
      {site && (
        <div className="site-details">
          <header>
            <h2>{site.key}</h2>
            <button type="button" onClick={onClose} aria-label={t('site.close', { site: site.key })}>
              ×
            </button>
          </header>
          <dl className="plan-figures">
            <div>
              <dt>{t('site.status')}</dt>
              <dd>{t(`site.status.${site.role}`)}</dd>
            </div>
            <div>
              <dt>{t('site.cost')}</dt>
              <dd>{wholeText(site.cost, locale)}</dd>
            </div>
            <div>
              <dt>{capitalNounText(districtNoun, words)}</dt>
              <dd>{site.district || '—'}</dd>
            </div>
            <div>
              <dt>{t('site.newly')}</dt>
              <dd>{wholeText(site.newlyCovered, locale)}</dd>
            </div>
          </dl>
          <div className="site-actions">
            {site.role !== 'locked' && (
              <button type="button" onClick={() => onEdit({ kind: 'lock', key: site.key })}>
                {t('site.lock')}
              </button>
            )}
            {site.role !== 'forbidden' && (
              <button type="button" onClick={() => onEdit({ kind: 'forbid', key: site.key })}>
                {t('site.forbid')}
              </button>
            )}
            {(site.role === 'locked' || site.role === 'forbidden') && (
              <button type="button" onClick={() => onEdit({ kind: 'release', key: site.key })}>
                {t('site.release')}
              </button>
            )}
            {site.layer === ADDED_LAYER && (
              <button type="button" onClick={() => onEdit({ kind: 'remove-added', id: site.id })}>
                {t('site.remove')}
              </button>
            )}
          </div>
        </div>
      )}
      <div className="site-actions">
        <button type="button" aria-pressed={placing} onClick={() => onPlacing(!placing)}>
          {placing ? t('site.placing') : t('site.place')}
        </button>
        <button type="button" disabled={!undoLabel} onClick={onUndo}>
          {undoLabel ? t('site.undoWhat', { what: undoLabel }) : t('site.undo')}
        </button>
        <button type="button" className={stale ? 'primary' : undefined} disabled={running} onClick={onRerun}>
          {t('site.rerun')}
        </button>
      </div>
      {stale && <p className="counts">{t('site.stale')}</p>}
    </section>
  );
}
