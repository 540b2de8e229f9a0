// The key to the plan's map marks, drawn with the same shapes and colours as the layers.
import type { CSSProperties } from 'react';
import { useWords } from '../../i18n/use-words.ts';
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
  const { t } = useWords();
  const items: [string, CSSProperties][] = compare
    ? [
        [t('legend.both'), { background: css(PLAN_COLORS.both), boxShadow: `0 0 0 2px #fff, 0 0 0 4px ${css(PLAN_COLORS.both)}` }],
        [t('legend.only', { plan: compare.labelA }), { background: css(PLAN_COLORS.onlyA) }],
        [t('legend.only', { plan: compare.labelB }), { border: `3px solid ${css(PLAN_COLORS.onlyB)}` }],
      ]
    : [
        [t('legend.new'), { background: css(PLAN_COLORS.chosen) }],
        [t('legend.locked'), { background: css(PLAN_COLORS.chosen), boxShadow: `0 0 0 2px #fff, 0 0 0 4px ${css(PLAN_COLORS.existing)}` }],
        [t('legend.existing'), { background: css(PLAN_COLORS.existing), width: '0.6rem', height: '0.6rem' }],
        [t('legend.rejected'), { border: `1px solid ${css(PLAN_COLORS.rejected)}`, width: '0.6rem', height: '0.6rem' }],
        [t('legend.forbidden'), { border: `3px solid ${css(PLAN_COLORS.forbidden)}` }],
        ...(phased ? [[t('legend.later'), { border: `3px solid ${css(PLAN_COLORS.chosen)}` }] as [string, CSSProperties]] : []),
        ...(network
          ? ([
              [t('legend.backhaul'), { background: css(PLAN_COLORS.backhaul), boxShadow: `0 0 0 2px #fff` }],
              [t('legend.link'), { background: css(PLAN_COLORS.link), width: '1rem', height: '2px', borderRadius: 0 }],
            ] as [string, CSSProperties][])
          : []),
        [t('legend.newlyCovered'), { background: css(PLAN_COLORS.newlyCovered), width: '0.4rem', height: '0.4rem' }],
        [t('legend.coveredBefore'), { background: css(PLAN_COLORS.coveredBefore), width: '0.4rem', height: '0.4rem' }],
        [t('legend.notCovered'), { background: css(PLAN_COLORS.notCovered), width: '0.4rem', height: '0.4rem' }],
      ];
  return (
    <figure className="legend plan-legend">
      <figcaption>{compare ? t('legend.compareTitle') : t('legend.title')}</figcaption>
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
