// The figures beside the map in three views: the district table, the charts and the inequality
// of the figure shown. The App passes the table as children; every view reads the same measures.
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import type { Measure } from '../../state/measures.ts';
import type { RunView } from '../../state/run-view.ts';
import { ChartsView } from './ChartsView.tsx';
import { InequalityView } from './InequalityView.tsx';
import './charts.css';

export type FigureView = 'table' | 'charts' | 'inequality';
const VIEWS: readonly FigureView[] = ['table', 'charts', 'inequality'];

interface Props {
  run: RunView;
  names: readonly string[];
  /** The figure on the map. */
  measure: Measure;
  /** Every measure of the run (the scatter's choices, the dumbbell's groups). */
  measures: readonly Measure[];
  /** The selected district (−1 none): highlighted on every chart. */
  selectedIndex: number;
  /** Districts being compared (for the comparison view): highlighted too. Keep the array's identity while it is unchanged. */
  compared?: readonly number[];
  noun: string;
  onSelect(district: number): void;
  /** The district table. */
  children: ReactNode;
}

export function FigureViews({ run, names, measure, measures, selectedIndex, compared, noun, onSelect, children }: Props) {
  const { t } = useWords();
  const selected = useMemo(() => [...new Set([...(selectedIndex >= 0 ? [selectedIndex] : []), ...(compared ?? [])])], [selectedIndex, compared]);
  const [view, setView] = useState<FigureView>('table');
  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const next = { ArrowRight: (i + 1) % VIEWS.length, ArrowLeft: (i + VIEWS.length - 1) % VIEWS.length, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setView(VIEWS[next]!);
    document.getElementById(`figures-tab-${VIEWS[next]}`)?.focus();
  };
  return (
    <>
      <div className="figure-tabs" role="tablist" aria-label={t('charts.views')}>
        {VIEWS.map((key) => (
          <button key={key} type="button" role="tab" id={`figures-tab-${key}`} aria-selected={view === key} aria-controls="figures-view" tabIndex={view === key ? 0 : -1} onClick={() => setView(key)} onKeyDown={onKeyDown}>
            {t(`charts.tab.${key}`)}
          </button>
        ))}
      </div>
      <div id="figures-view" role="tabpanel" aria-labelledby={`figures-tab-${view}`} className={`figures-view figures-view-${view}`}>
        {view === 'table' && children}
        {view === 'charts' && <ChartsView {...{ run, names, measure, measures, selected, noun, onSelect }} />}
        {view === 'inequality' && <InequalityView {...{ run, names, measure, noun }} />}
      </div>
    </>
  );
}
