// Two scenarios side by side: headline figures with the better one marked (in words as well
// as colour), coverage per district before → after in each, and the sites they share.
import type { CompareRow, FigureKind, ScenarioComparison } from '../../state/scenario-compare.ts';
import { perPersonText, shareText, wholeText } from '../../state/plan-text.ts';
import { capital } from './PlanSitesTable.tsx';

interface Props {
  labelA: string;
  labelB: string;
  comparison: ScenarioComparison;
  districtNoun?: string;
}

/** A compared figure as text. */
export function figureText(kind: FigureKind, v: number): string {
  if (!Number.isFinite(v)) return kind === 'gap' ? 'no bound' : '—';
  switch (kind) {
    case 'count':
    case 'money':
      return wholeText(v);
    case 'per-person':
      return perPersonText(v);
    case 'share':
    case 'gap':
      return shareText(v);
    case 'gini':
      return v.toFixed(3);
  }
}

export function ScenarioCompare({ labelA, labelB, comparison, districtNoun = 'district' }: Props) {
  const counts = { both: 0, a: 0, b: 0 };
  for (const s of comparison.sites) counts[s.in]++;
  const cell = (r: CompareRow, side: 'a' | 'b') => (
    <td className={r.winner === side ? 'better' : r.differs ? 'differs' : undefined}>
      {figureText(r.kind, r[side])}
      {r.winner === side && <span className="tag"> better</span>}
    </td>
  );
  return (
    <section className="scenario-compare" aria-label={`Compare ${labelA} with ${labelB}`}>
      {/* A scrolling region must be reachable by keyboard when nothing inside it is (axe: scrollable-region-focusable). */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Figures of both plans">
        <table className="district-table compare-table">
          <caption>
            {labelA} and {labelB}
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">{labelA}</th>
              <th scope="col">{labelB}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => (
              <tr key={r.key} data-figure={r.key}>
                <th scope="row">{r.label.replace('district', districtNoun)}</th>
                {cell(r, 'a')}
                {cell(r, 'b')}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="compare-sites">
        Sites in both: <strong>{counts.both}</strong> · only in {labelA}: <strong>{counts.a}</strong> · only in {labelB}: <strong>{counts.b}</strong>
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`Coverage by ${districtNoun} in both plans`}>
        <table className="district-table compare-table">
          <caption>Coverage by {districtNoun}, before → after</caption>
          <thead>
            <tr>
              <th scope="col">{capital(districtNoun)}</th>
              <th scope="col">Before</th>
              <th scope="col">{labelA}</th>
              <th scope="col">{labelB}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.districts.map((d) => (
              <tr key={d.index} className={d.differs && !d.suppressed ? 'differs' : undefined}>
                <th scope="row">{d.name}</th>
                {d.suppressed ? (
                  <td colSpan={3} className="counts">
                    suppressed
                  </td>
                ) : (
                  <>
                    <td>{shareText(d.beforeA)}</td>
                    <td>{shareText(d.afterA)}</td>
                    <td>{shareText(d.afterB)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
