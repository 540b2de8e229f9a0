// A tile layer grouped `by` period (or another key): the district's speed-test figures per
// group — the run's per-group columns (engine/tile-group-columns.ts), cut and withheld as
// tiles.<layer>.csv and the map's period control have them.
import { useMemo } from 'react';
import type { TileGroupsView } from '../../engine/tile-group-columns.ts';
import { useWords } from '../../i18n/use-words.ts';
import { figureText, measuresOf } from '../../state/measures.ts';
import type { GlossaryTerm } from '../../state/profile.ts';
import { TermButton } from '../help/TermButton.tsx';

interface Props {
  /** The layer's figures group by group, as the map and tiles.<layer>.csv have them. */
  view: TileGroupsView;
  index: number;
  onTerm(term: GlossaryTerm): void;
}

/** The figures a planner reads per period (the tile count stays in the export). */
const SHOWN = /^(tests|download_mbps|upload_mbps|latency_ms|share_tests_below_\d+mbps)$/;

/** `tiles.<layer>.<metric>@<group>` → metric, for the header words. */
const metricOf = (layer: string, name: string) => name.slice(`tiles.${layer}.`.length).replace(/@\d+$/, '');

export function TilePeriodsTable({ view, index, onTerm }: Props) {
  const words = useWords();
  const { t } = words;
  const layer = view.layer;
  const by = view.by;
  const groups = useMemo(() => view.groups.map((g) => ({ key: g.key, measures: measuresOf(g.columns).filter((m) => SHOWN.test(metricOf(layer, m.key))) })), [view, layer]);
  const shown = groups[0]?.measures.map((m) => metricOf(layer, m.key)) ?? [];
  const head = (c: string) => (c.startsWith('share_tests_below_') ? t('profile.tiles.below', { threshold: c.replace(/\D/g, '') }) : t(`profile.tiles.${c}`));
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
            {groups.map((g) => (
              <tr key={g.key.join('|')}>
                {g.key.map((k, i) => (
                  <th scope="row" key={i}>
                    {k}
                  </th>
                ))}
                {g.measures.map((m) => (
                  <td key={m.key}>{figureText(m, index, words)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
