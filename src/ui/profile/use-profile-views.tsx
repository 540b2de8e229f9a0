// The profile, comparison, shared link and help, wired for the App in one place (so the App
// gains a few lines, not a few screens): their state, the header buttons, what goes above the
// table, and the dialogs.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import type { Action, AppState } from '../../state/app-state.ts';
import type { Measure } from '../../state/measures.ts';
import type { GlossaryTerm } from '../../state/profile.ts';
import type { RunView } from '../../state/run-view.ts';
import { MAX_COMPARED, type MapView } from '../../state/view-url.ts';
import { CopyLink } from '../help/CopyLink.tsx';
import { GlossaryDialog } from '../help/GlossaryDialog.tsx';
import { HelpButtons } from '../help/HelpButtons.tsx';
import { Tour, tourSeen } from '../help/Tour.tsx';
import { CompareBar } from './CompareBar.tsx';
import { CompareDialog } from './CompareDialog.tsx';
import { DistrictProfile } from './DistrictProfile.tsx';
import { linkedMapView, useViewUrl } from './use-view-url.ts';

interface Options {
  state: AppState;
  dispatch(action: Action): void;
  measures: readonly Measure[];
  shown: Measure | undefined;
  selectedIndex: number;
  noun: string;
  /** False in planning mode: the indicator views hide. */
  active: boolean;
}

export interface ProfileViews {
  readonly header: ReactNode;
  readonly side: ReactNode;
  readonly dialogs: ReactNode;
  /** Whether district `index` is in the comparison, and the toggle (the details' and the table's). */
  isCompared(index: number): boolean;
  toggleCompare(index: number): void;
  /** The districts compared (indices, in the order picked; the same array while unchanged), for the charts to highlight. */
  readonly compared: readonly number[];
  openProfile(): void;
  readonly startView: MapView | null;
  onViewChange(view: MapView): void;
}

export function useProfileViews({ state, dispatch, measures, shown, selectedIndex, noun, active }: Options): ProfileViews {
  const words = useWords();
  const run: RunView | null = state.run;
  const ids = run?.districts.ids;
  const [compared, setCompared] = useState<readonly string[]>([]);
  const [open, setOpen] = useState<'profile' | 'compare' | null>(null);
  const [term, setTerm] = useState<GlossaryTerm | 'all' | null>(null);
  const [touring, setTouring] = useState<'first' | 'asked' | null>(() => (tourSeen() ? null : 'first'));
  const [startView] = useState(linkedMapView);
  const phone = usePhone();
  const comparedIdx = useMemo(() => (ids ? compared.map((id) => ids.indexOf(id)).filter((i) => i >= 0) : []), [ids, compared]);
  // Districts of another project (one opened since) are neither shown nor put in the link.
  const comparedHere = useMemo(() => comparedIdx.map((i) => ids![i]!), [comparedIdx, ids]);
  const onViewChange = useViewUrl({ state, run, dispatch, compared: comparedHere, setCompared, words });
  const toggleCompare = useCallback(
    (index: number) => {
      const id = ids?.[index];
      if (id === undefined) return;
      setCompared((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < MAX_COMPARED ? [...c, id] : c));
    },
    [ids],
  );
  const names = run?.districts.names ?? [];

  return {
    header: run ? (
      <>
        <CopyLink />
        <HelpButtons onTour={() => setTouring('asked')} onGlossary={() => setTerm('all')} />
      </>
    ) : null,
    side:
      run && active ? (
        <>
          {touring && !phone && <Tour key={touring} focus={touring === 'asked'} onClose={() => setTouring(null)} />}
          <CompareBar districts={comparedIdx} names={names} noun={noun} onRemove={toggleCompare} onOpen={() => setOpen('compare')} />
        </>
      ) : null,
    dialogs: (
      <>
        {/* On a phone the side panel takes turns with the map: the tour sits over both, at the bottom. */}
        {run && active && touring && phone && (
          <div className="tour-sheet">
            <Tour key={touring} focus={touring === 'asked'} onClose={() => setTouring(null)} />
          </div>
        )}
        {run && active && open === 'profile' && selectedIndex >= 0 && (
          <DistrictProfile
            index={selectedIndex}
            name={names[selectedIndex]!}
            run={run}
            measures={measures}
            noun={noun}
            compared={comparedIdx.includes(selectedIndex)}
            onToggleCompare={() => toggleCompare(selectedIndex)}
            onTerm={setTerm}
            onClose={() => setOpen(null)}
          />
        )}
        {run && active && open === 'compare' && shown && (
          <CompareDialog districts={comparedIdx} names={names} measures={measures} shown={shown} population={run.population} noun={noun} onRemove={toggleCompare} onTerm={setTerm} onClose={() => setOpen(null)} />
        )}
        {term !== null && <GlossaryDialog term={term === 'all' ? null : term} onClose={() => setTerm(null)} />}
      </>
    ),
    isCompared: (index) => comparedIdx.includes(index),
    toggleCompare,
    compared: comparedIdx,
    openProfile: () => setOpen('profile'),
    startView,
    onViewChange,
  };
}

/** The phone layout's breakpoint (styles.css: the map and the figures take turns below it). */
const PHONE = '(max-width: 40rem)';

/** Whether the page is laid out for a phone, following the window as it changes. */
function usePhone(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE).matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE);
    const changed = () => setPhone(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return phone;
}
