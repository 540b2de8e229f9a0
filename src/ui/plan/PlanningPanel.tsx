// The planning side panel: the project's scenarios, the run controls, and four views — edit
// the scenario, the plan (summary, site edits, sites and districts before → after, export),
// two plans side by side, and the price of equity. Renders state and sends intents.
import { useEffect, useState } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import type { Project, Scenario } from '../../core/project/types.ts';
import type { SiteEdit } from '../../state/scenario-draft.ts';
import type { PlanView as PanelView, PlanningState } from '../../state/planning.ts';
import { scenarioProblems } from '../../state/scenario-check.ts';
import { setDistrictFloor } from '../../state/scenario-draft.ts';
import { shareText } from '../../state/plan-text.ts';
import { progressText } from '../../state/progress-text.ts';
import { EquityCurve } from './EquityCurve.tsx';
import { PlanCompareView } from './PlanCompareView.tsx';
import { PlanResults } from './PlanResults.tsx';
import { RunControls } from './RunControls.tsx';
import { ScenarioBar } from './ScenarioBar.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import type { PlanDerived } from './use-plan-view.ts';
import { nounText } from '../../state/words.ts';

/** The session's planning commands (app/planning.ts). */
export interface PlanCommands {
  open(id: string | null): void;
  create(copy: boolean): void;
  edit(draft: Scenario): void;
  editSite(edit: SiteEdit): void;
  undoSite(): void;
  remove(id: string): void;
  run(): Promise<void>;
  cancel(): void;
  stop(): void;
  curve(): Promise<void>;
}

interface Props {
  project: Project;
  planning: PlanningState;
  /** The open scenario's plan and the comparison, as the views show them. */
  derived: PlanDerived;
  /** The project's point layers and their columns (for the editor's choices). */
  layers: readonly { readonly name: string; readonly columns: readonly string[] }[];
  /** districts.csv rate columns in percent, for "count only people offline". */
  offlineColumns: readonly string[];
  districtNoun: string;
  commands: PlanCommands;
  onView(view: PanelView): void;
  onSelectSite(index: number): void;
  onSelectDistrict(index: number): void;
  onPlacing(on: boolean): void;
  /** A phased plan: the year the map shows (0-based), null for the whole roll-out. */
  onYear(year: number | null): void;
  onCompare(a: string | null, b: string | null): void;
}

const TABS: readonly PanelView[] = ['edit', 'plan', 'compare', 'curve'];

export function PlanningPanel(props: Props) {
  const { project, planning, commands, districtNoun } = props;
  const words = useWords();
  const { t } = words;
  const view = planning.view;
  const draft = planning.draft;
  const solving = planning.solving;
  const elapsed = useElapsed(solving?.started ?? null);
  const problems = draft ? scenarioProblems(project, draft) : [];
  return (
    <section className="plan-panel" aria-label={t('plan.panel')}>
      <ScenarioBar scenarios={project.scenarios ?? []} open={draft} busy={solving !== null} onOpen={(id) => commands.open(id)} onNew={(copy) => commands.create(copy)} onDelete={(id) => commands.remove(id)} />
      {draft && (
        <RunControls
          running={solving !== null}
          progress={solving?.progress ?? null}
          elapsedS={elapsed}
          timeLimitS={draft.time_limit_s ?? 30}
          objective={draft.objective ?? 'coverage'}
          canRun={problems.length === 0}
          onRun={() => void commands.run()}
          onCancel={() => commands.cancel()}
          onStopKeepBest={() => commands.stop()}
        />
      )}
      {solving && <p className="plan-status" role="status">{solving.purpose === 'curve' ? t('plan.solvingCurve', { label: progressText(solving, words) }) : progressText(solving, words)}</p>}
      {planning.error && <p className="notice" role="alert">{planning.error}</p>}
      {!draft && <p>{t('plan.noScenario')}</p>}
      {draft && (
        <>
          <div className="plan-tabs" role="tablist" aria-label={t('plan.views')}>
            {TABS.map((key) => (
              <button key={key} type="button" role="tab" id={`plan-tab-${key}`} aria-selected={view === key} aria-controls="plan-view" tabIndex={view === key ? 0 : -1} onClick={() => props.onView(key)} onKeyDown={(e) => tabKeys(e, view, props.onView)}>
                {t(`plan.tab.${key}`)}
              </button>
            ))}
          </div>
          <div id="plan-view" role="tabpanel" aria-labelledby={`plan-tab-${view}`} className="plan-view">
            {view === 'edit' && <ScenarioEditor scenario={draft} layers={props.layers} offlineColumns={props.offlineColumns} validate={(s) => scenarioProblems(project, s)} districtNoun={districtNoun} onChange={(s) => commands.edit(s)} />}
            {view === 'plan' && <PlanResults {...props} />}
            {view === 'compare' && <PlanCompareView scenarios={project.scenarios ?? []} planning={planning} derived={props.derived} districtNoun={districtNoun} onCompare={props.onCompare} />}
            {view === 'curve' && <CurveView {...props} />}
          </div>
        </>
      )}
    </section>
  );
}

function CurveView({ planning, commands, districtNoun }: Props) {
  const [selected, setSelected] = useState(-1);
  const draft = planning.draft!;
  const curve = planning.curve?.scenarioId === draft.id ? planning.curve : null;
  const point = curve && selected >= 0 ? curve.points[selected] : undefined;
  const solving = planning.solving?.purpose === 'curve';
  const words = useWords();
  const { t } = words;
  return (
    <>
      <p>{t('curve.intro', { noun: nounText(districtNoun, words) })}</p>
      <button type="button" disabled={planning.solving !== null} onClick={() => void commands.curve()}>
        {curve ? t('curve.solveAgain') : t('curve.solve')}
      </button>
      {curve && <EquityCurve points={curve.points} selected={selected} districtNoun={districtNoun} solving={solving ? { done: curve.points.length, total: curve.total } : null} onSelect={setSelected} />}
      {point && (
        <button type="button" disabled={planning.solving !== null} onClick={() => commands.edit(setDistrictFloor(draft, point.floor > 0 ? point.floor : undefined))}>
          {t('curve.useFloor', { floor: shareText(point.floor, words.locale) })}
        </button>
      )}
    </>
  );
}

/** Arrow keys move between tabs (WAI-ARIA tabs pattern). */
function tabKeys(e: React.KeyboardEvent, view: PanelView, onView: (v: PanelView) => void) {
  const i = TABS.indexOf(view);
  const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
  if (next < 0) return;
  e.preventDefault();
  const key = TABS[next]!;
  onView(key);
  document.getElementById(`plan-tab-${key}`)?.focus();
}

/** Seconds since `started` (performance.now() ms), ticking while it is set. */
function useElapsed(started: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [started]);
  return started === null ? 0 : Math.max(0, (now - started) / 1000);
}
