// Two scenarios' plans side by side: pick A and B among the scenarios that have a plan.
import { useId } from 'react';
import type { Scenario } from '../../core/project/types.ts';
import type { PlanningState } from '../../state/planning.ts';
import { useWords } from '../../i18n/use-words.ts';
import { ScenarioCompare } from './ScenarioCompare.tsx';
import type { PlanDerived } from './use-plan-view.ts';

interface Props {
  scenarios: readonly Scenario[];
  planning: PlanningState;
  derived: PlanDerived;
  districtNoun: string;
  onCompare(a: string | null, b: string | null): void;
}

export function PlanCompareView({ scenarios, planning, derived, districtNoun, onCompare }: Props) {
  const id = useId();
  const { t } = useWords();
  const planned = scenarios.filter((s) => planning.plans[s.id]);
  const label = (sid: string | null) => scenarios.find((s) => s.id === sid)?.label ?? sid ?? '';
  const { a, b } = planning.compare;
  if (planned.length < 2) return <p>{t('compare.needTwo')}</p>;
  const pick = (which: 'a' | 'b', value: string) => onCompare(which === 'a' ? value || null : a, which === 'b' ? value || null : b);
  return (
    <>
      <div className="compare-pick">
        {(['a', 'b'] as const).map((which) => (
          <div key={which} className="field">
            <label htmlFor={`${id}-${which}`}>{t(`compare.plan.${which}`)}</label>
            <select id={`${id}-${which}`} value={(which === 'a' ? a : b) ?? ''} onChange={(e) => pick(which, e.target.value)}>
              <option value="">{t('compare.choose')}</option>
              {planned.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label ?? s.id}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {derived.comparison && <ScenarioCompare labelA={label(a)} labelB={label(b)} comparison={derived.comparison.comparison} districtNoun={districtNoun} />}
    </>
  );
}
