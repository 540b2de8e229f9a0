// What the plan achieves, in one place and in plain words: people covered and newly covered,
// cost, cost per newly covered person, sites, the solver's status and — beside the objective —
// how far it may be from the best possible. Floors kept or not, and what would keep them.
import type { Scenario } from '../../core/project/types.ts';
import type { Plan, PlanFigures } from '../../core/siting/types.ts';
import { costPerNewlyCovered, gapText, perPersonText, shareText, shortfallText, statusText, wholeText } from '../../state/plan-text.ts';
import type { FloorStatus } from '../../state/plan-view.ts';

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
  const shortfall = shortfallText(plan, scenario, districtNames, districtNoun);
  const objective = weightYears !== undefined ? `${wholeText(weightYears)} person-years covered` : scenario.objective === 'maximin' ? `smallest ${districtNoun} share ${shareText(figures.objective)}` : `${wholeText(figures.objective)} people covered`;
  const infeasible = plan.status === 'infeasible';

  return (
    <section className="plan-summary" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">{scenario.label ?? scenario.id}</h2>
      <p className="plan-objective">
        <strong>{infeasible ? 'No plan' : objective}</strong> — <span data-gap>{gapText(plan)}</span>
      </p>
      <dl className="plan-figures">
        <Figure term="Covered" value={`${wholeText(figures.coveredWeight)}${total > 0 ? ` of ${wholeText(total)} (${shareText(figures.coveredWeight / total)})` : ''}`} />
        <Figure term="Newly covered" value={wholeText(figures.newlyCoveredWeight)} />
        <Figure term="Cost" value={`${wholeText(figures.cost)}${scenario.budget !== undefined ? ` of ${wholeText(scenario.budget)}` : ''}`} />
        <Figure term="Cost per newly covered person" value={perPersonText(costPerNewlyCovered(figures.cost, figures.newlyCoveredWeight))} />
        <Figure term="New sites" value={`${plan.sites.length}${scenario.max_sites !== undefined ? ` of at most ${scenario.max_sites}` : ''}`} />
        <Figure term={`Smallest ${districtNoun} share`} value={shareText(figures.minDistrictShare)} />
        <Figure term="Status" value={`${statusText(plan.status)} (${plan.solver}, ${plan.seconds.toFixed(1)} s)`} />
      </dl>
      {floors.length > 0 && (
        <ul className="plan-floors" aria-label="Floors">
          {floors.map((f) => (
            <li key={f.floor} className={f.kept ? 'ok-text' : 'warn-text'}>
              <span aria-hidden="true">{f.kept ? '✓ ' : '✗ '}</span>
              {f.floor === 'district' ? `Every ${districtNoun}` : `${f.floor}${f.perDistrict ? ` in every ${districtNoun}` : ''}`} at least {shareText(f.required)}: {f.kept ? 'kept' : 'not met'} ({f.perDistrict ? 'smallest ' : ''}
              {shareText(f.achieved)})
            </li>
          ))}
        </ul>
      )}
      {shortfall && <p className="plan-shortfall">{shortfall}</p>}
      {plan.messages.length > 0 && (
        <ul className="plan-messages">
          {plan.messages.map((m) => (
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
