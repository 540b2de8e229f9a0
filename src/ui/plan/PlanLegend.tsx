// The key to the plan's map marks, drawn with the same shapes and colours as the layers.
import type { CSSProperties } from 'react';
import { PLAN_COLORS } from '../../map/plan-layers.ts';

interface Props {
  /** Comparison mode: both / only A / only B instead of site roles. */
  compare?: { readonly labelA: string; readonly labelB: string };
  /** A community network: links and backhaul points. */
  network?: boolean;
  /** A phased roll-out: sites built later. */
  phased?: boolean;
}

const css = (c: readonly number[]) => `rgb(${c[0]} ${c[1]} ${c[2]})`;

export function PlanLegend({ compare, network = false, phased = false }: Props) {
  const items: [string, CSSProperties][] = compare
    ? [
        [`In both plans`, { background: css(PLAN_COLORS.both), boxShadow: `0 0 0 2px #fff, 0 0 0 4px ${css(PLAN_COLORS.both)}` }],
        [`Only in ${compare.labelA}`, { background: css(PLAN_COLORS.onlyA) }],
        [`Only in ${compare.labelB}`, { border: `3px solid ${css(PLAN_COLORS.onlyB)}` }],
      ]
    : [
        ['New site', { background: css(PLAN_COLORS.chosen) }],
        ['Locked in', { background: css(PLAN_COLORS.chosen), boxShadow: `0 0 0 2px #fff, 0 0 0 4px ${css(PLAN_COLORS.existing)}` }],
        ['Existing site', { background: css(PLAN_COLORS.existing), width: '0.6rem', height: '0.6rem' }],
        ['Not chosen', { border: `1px solid ${css(PLAN_COLORS.rejected)}`, width: '0.6rem', height: '0.6rem' }],
        ['Ruled out', { border: `3px solid ${css(PLAN_COLORS.forbidden)}` }],
        ...(phased ? [['Built in a later year', { border: `3px solid ${css(PLAN_COLORS.chosen)}` }] as [string, CSSProperties]] : []),
        ...(network
          ? ([
              ['Backhaul (already connected)', { background: css(PLAN_COLORS.backhaul), boxShadow: `0 0 0 2px #fff` }],
              ['Link', { background: css(PLAN_COLORS.link), width: '1rem', height: '2px', borderRadius: 0 }],
            ] as [string, CSSProperties][])
          : []),
        ['People newly covered', { background: css(PLAN_COLORS.newlyCovered), width: '0.4rem', height: '0.4rem' }],
        ['Covered before', { background: css(PLAN_COLORS.coveredBefore), width: '0.4rem', height: '0.4rem' }],
        ['Not covered', { background: css(PLAN_COLORS.notCovered), width: '0.4rem', height: '0.4rem' }],
      ];
  return (
    <figure className="legend plan-legend">
      <figcaption>{compare ? 'Sites of the two plans' : 'The plan'}</figcaption>
      <ul>
        {items.map(([label, style]) => (
          <li key={label}>
            <span className="mark" style={style} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
