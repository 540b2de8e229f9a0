// A tile layer grouped `by` period (or another key): the district's speed-test figures per
// group, from the tiles.<layer>.csv the run writes (test-weighted, withheld where the project's
// minimums are not met).
import { useMemo } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { figureText, type Measure, type Unit } from '../../state/measures.ts';
import type { GlossaryTerm } from '../../state/profile.ts';
import { tilePeriods } from '../../state/tile-periods.ts';
import { TermButton } from '../help/TermButton.tsx';

interface Props {
  layer: string;
  by: readonly string[];
  csv: string;
  districtId: string;
  onTerm(term: GlossaryTerm): void;
}

const UNITS: Readonly<Record<string, Unit>> = { tests: 'count', download_mbps: 'mbps', upload_mbps: 'mbps', latency_ms: 'ms' };

export function TilePeriodsTable({ layer, by, csv, districtId, onTerm }: Props) {
  const words = useWords();
  const { t } = words;
  const table = useMemo(() => tilePeriods(csv, by, districtId), [csv, by, districtId]);
  const shown = table.columns.filter((c) => c in UNITS || c.startsWith('share_tests_below_'));
  const unitOf = (c: string): Unit => UNITS[c] ?? 'percent';
  const head = (c: string) => (c.startsWith('share_tests_below_') ? t('profile.tiles.below', { threshold: c.replace(/\D/g, '') }) : t(`profile.tiles.${c}`));
  const text = (value: number, unit: Unit, withheld: boolean) =>
    figureText({ key: '', indicatorId: '', label: '', unit, values: Float64Array.of(value), ...(withheld ? { suppressed: Uint8Array.of(1) } : {}) } satisfies Measure, 0, words);
  return (
    <section className="profile-section" data-tiles={layer} aria-labelledby={`profile-tiles-${layer}`}>
      <h3 id={`profile-tiles-${layer}`}>
        {t('profile.tiles.title', { layer, by: by.join(', ') })} <TermButton topic="test-weighted" onTerm={onTerm} />
      </h3>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              {by.map((b) => (
                <th scope="col" key={b}>
                  {b}
                </th>
              ))}
              {shown.map((c) => (
                <th scope="col" key={c}>
                  {head(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.key.join('|')}>
                {r.key.map((k, i) => (
                  <th scope="row" key={i}>
                    {k}
                  </th>
                ))}
                {shown.map((c) => (
                  <td key={c}>{text(r.figures[c]!, unitOf(c), r.withheld && c !== 'tests')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
