// What the plan achieves, in one place and in plain words: people covered and newly covered,
// cost, cost per newly covered person, sites, the solver's status and — beside the objective —
// how far it may be from the best possible. Floors kept or not, and what would keep them.
import type { Scenario } from '../../core/project/types.ts';
import type { Plan, PlanFigures } from '../../core/siting/types.ts';
import { costPerNewlyCovered, gapText, perPersonText, shareText, shortfallText, statusText, wholeText } from '../../state/plan-text.ts';
import type { FloorStatus } from '../../state/plan-view.ts';
import { planNotesText } from '../../state/plan-note-text.ts';
import { useWords } from '../../i18n/use-words.ts';
import { formatFixed } from '../../i18n/format.ts';
import { nounText } from '../../state/words.ts';

interface Props {
  scenario: Scenario;
  plan: Plan;
  figures: PlanFigures;
  floors: readonly FloorStatus[];
  districtNames: readonly string[];
  /** Σ weight of every demand point, inside a district or not (what "covered" is a share of). */
  demandWeight: number;
  districtNoun?: string;
  /** A phased roll-out's objective: weight covered summed over its years. */
  weightYears?: number;
}

export function PlanSummary({ scenario, plan, figures, floors, districtNames, demandWeight: total, districtNoun = 'district', weightYears }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const noun = nounText(districtNoun, words);
  const shortfall = shortfallText(plan, scenario, districtNames, districtNoun, words);
  const notes = planNotesText(plan, words);
  const objective = weightYears !== undefined
    ? t('summary.objective.weightYears', { value: wholeText(weightYears, locale) })
    : scenario.objective === 'maximin' ? t('summary.objective.maximin', { noun, share: shareText(figures.objective, locale) }) : t('summary.objective.coverage', { people: wholeText(figures.objective, locale) });
  const infeasible = plan.status === 'infeasible';
  const of = (value: string, limit: number | undefined) => (limit === undefined ? value : t('summary.of', { value, limit: wholeText(limit, locale) }));

  return (
    <section className="plan-summary" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">{scenario.label ?? scenario.id}</h2>
      <p className="plan-objective">
        <strong>{infeasible ? t('summary.noPlan') : objective}</strong> — <span data-gap>{gapText(plan, words)}</span>
      </p>
      <dl className="plan-figures">
        <Figure term={t('summary.covered')} value={total > 0 ? t('summary.coveredOf', { value: wholeText(figures.coveredWeight, locale), total: wholeText(total, locale), share: shareText(figures.coveredWeight / total, locale) }) : wholeText(figures.coveredWeight, locale)} />
        <Figure term={t('summary.newly')} value={wholeText(figures.newlyCoveredWeight, locale)} />
        <Figure term={t('summary.cost')} value={of(wholeText(figures.cost, locale), scenario.budget)} />
        <Figure term={t('summary.perPerson')} value={perPersonText(costPerNewlyCovered(figures.cost, figures.newlyCoveredWeight), locale)} />
        <Figure term={t('summary.sites')} value={scenario.max_sites === undefined ? wholeText(plan.sites.length, locale) : t('summary.sitesOf', { value: wholeText(plan.sites.length, locale), limit: wholeText(scenario.max_sites, locale) })} />
        <Figure term={t('summary.smallest', { noun })} value={shareText(figures.minDistrictShare, locale)} />
        <Figure term={t('summary.status')} value={t('summary.statusValue', { status: statusText(plan.status, words), solver: t(`editor.solver.${plan.solver}`), seconds: formatFixed(plan.seconds, locale, 1) })} />
      </dl>
      {floors.length > 0 && (
        <ul className="plan-floors" aria-label={t('summary.floors')}>
          {floors.map((f) => (
            <li key={f.floor} className={f.kept ? 'ok-text' : 'warn-text'}>
              <span aria-hidden="true">{f.kept ? '✓ ' : '✗ '}</span>
              {t(f.kept ? 'summary.floor.kept' : 'summary.floor.missed', {
                who: f.floor === 'district' ? t('summary.floor.every', { noun }) : f.perDistrict ? t('summary.floor.groupEvery', { group: f.floor, noun }) : f.floor,
                required: shareText(f.required, locale),
                achieved: f.perDistrict ? t('summary.floor.smallest', { share: shareText(f.achieved, locale) }) : shareText(f.achieved, locale),
              })}
            </li>
          ))}
        </ul>
      )}
      {shortfall && <p className="plan-shortfall">{shortfall}</p>}
      {notes.length > 0 && (
        <ul className="plan-messages">
          {notes.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
