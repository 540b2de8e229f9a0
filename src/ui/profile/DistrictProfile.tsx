// A district's profile: every figure of the run for it, grouped by indicator, with the groups
// side by side, its rank, the project-wide reference, margins of error, facility counts, tile
// figures and the composite index's parts — and for each, how it was computed.
import { useMemo } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { compositeParts } from '../../core/indicators/composite-parts.ts';
import { explainFigure } from '../../state/explain.ts';
import { formatValue, measureLabel, type Measure } from '../../state/measures.ts';
import { districtProfile, type GlossaryTerm, type ProfileSection } from '../../state/profile.ts';
import type { RunView } from '../../state/run-view.ts';
import { nounsText } from '../../state/words.ts';
import { TermButton } from '../help/TermButton.tsx';
import { useModal } from '../help/use-modal.ts';
import { ProfileRows } from './ProfileRows.tsx';
import { TilePeriodsTable } from './TilePeriodsTable.tsx';
import './profile.css';

interface Props {
  index: number;
  name: string;
  run: RunView;
  measures: readonly Measure[];
  noun: string;
  compared: boolean;
  onToggleCompare(): void;
  onTerm(term: GlossaryTerm): void;
  onClose(): void;
}

export function DistrictProfile({ index, name, run, measures, noun, compared, onToggleCompare, onTerm, onClose }: Props) {
  const words = useWords();
  const { t } = words;
  const modal = useModal(onClose);
  const sections = useMemo(() => districtProfile(measures, index, run.population), [measures, index, run.population]);
  const byKey = useMemo(() => new Map(measures.map((m) => [m.key, m])), [measures]);
  const parts = useMemo(() => (run.project.composite ? compositeParts(run.project.composite, run.columns, index) : []), [run, index]);
  const explain = (m: Measure) => explainFigure(m, index, { run, measures: byKey, parts }, words);
  const nouns = nounsText(noun, words);
  const population = run.project.population;
  return (
    <dialog ref={modal.ref} className="lastmile-dialog profile-dialog" aria-labelledby="profile-title" onCancel={modal.onCancel}>
      <header className="dialog-head">
        <h2 id="profile-title">{t('profile.title', { name })}</h2>
        <button type="button" aria-pressed={compared} onClick={onToggleCompare}>
          {t('compare.toggle')}
        </button>
        <button type="button" className="close" aria-label={t('profile.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="profile-note">
        {run.population && population ? t('profile.reference.weighted', { nouns, column: population.column }) : t('profile.reference.unweighted', { nouns })} <TermButton topic="reference" onTerm={onTerm} />{' '}
        {t('profile.rankNote')} <TermButton topic="rank" onTerm={onTerm} />
      </p>
      {sections.map((s) => (
        <section key={s.id} className="profile-section" data-section={s.id} aria-labelledby={`profile-${cssId(s.id)}`}>
          <h3 id={`profile-${cssId(s.id)}`}>{sectionTitle(s, run, t)}</h3>
          <ProfileRows section={s} district={index} explain={explain} label={(m) => shortLabel(measureLabel(m, words), sectionTitle(s, run, t))} onTerm={onTerm} />
          {s.kind === 'composite' && parts.length > 0 && (
            <ul className="composite-parts" aria-label={t('profile.parts')}>
              {parts.map((p) => (
                <li key={`${p.pillar}-${p.measure}`} data-part={p.measure}>
                  {t('profile.part', {
                    pillar: p.pillar,
                    measure: byKey.get(p.measure) ? measureLabel(byKey.get(p.measure)!, words) : p.measure,
                    weight: formatValue(p.weight, 'index', words.locale),
                    normalised: formatValue(p.normalised, 'index', words.locale),
                    contribution: formatValue(p.contribution, 'index', words.locale),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {(run.tileGroups ?? []).map((view) => (
        <TilePeriodsTable key={view.layer} view={view} index={index} onTerm={onTerm} />
      ))}
    </dialog>
  );
}

/** A section's heading: the indicator's label, or the layer or index it comes from. */
function sectionTitle(s: ProfileSection, run: RunView, t: (key: string, values?: Record<string, string>) => string): string {
  const indicator = run.indicators.find((i) => i.id === s.id);
  if (indicator) return indicator.label;
  if (s.kind === 'points') return t('profile.section.points', { layer: s.id.replace(/^points\./, '') });
  if (s.kind === 'tiles') return t('profile.section.tiles', { layer: s.id.replace(/^tiles\./, '') });
  if (s.kind === 'composite') return run.project.composite?.label ?? s.id;
  return s.id;
}

/** A figure's label without its section's title ("female" under "Internet use"). */
function shortLabel(label: string, title: string): string {
  return label.startsWith(title) && label.length > title.length ? label.slice(title.length).replace(/^[\s—:–-]+/, '') : label;
}

function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
