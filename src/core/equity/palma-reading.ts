// The Palma ratio in one sentence a council can follow: how the best-off tenth of the people
// compares with the worst-off four tenths. The UI words the code through the catalogue.

import { heldByLowest, lorenz } from './lorenz.ts';
import { usableDistricts, weightedTotals } from './districts.ts';

/** What the sentence says, and its numbers. */
export type PalmaReading =
  | {
      /** Top 10 % of people hold `palma` times what the bottom 40 % hold. */
      readonly code: 'palma';
      /** Top-10 % share ÷ bottom-40 % share (as palma.ts). */
      readonly palma: number;
      /** Mean figure of the top 10 % of people and of the bottom 40 %, in the figure's unit. */
      readonly topMean: number;
      readonly bottomMean: number;
      /** topMean ÷ bottomMean (= palma × 4: the groups are 1 and 4 tenths of the people). */
      readonly perPerson: number;
    }
  /** The bottom 40 % hold nothing (or there is nothing to read): no ratio. */
  | { readonly code: 'none' };

/** The Palma ratio of x (non-negative, any unit) weighted by w (population; 1 each by default), as a reading. */
export function palmaReading(x: ArrayLike<number>, w?: ArrayLike<number>): PalmaReading {
  const curve = lorenz(x, w);
  const bottom = heldByLowest(curve, 0.4);
  const top = 1 - heldByLowest(curve, 0.9);
  if (!(bottom > 0)) return { code: 'none' };
  const { W, S } = weightedTotals(usableDistricts(x, w), x, w);
  const mean = S / W;
  const topMean = (top / 0.1) * mean;
  const bottomMean = (bottom / 0.4) * mean;
  return { code: 'palma', palma: top / bottom, topMean, bottomMean, perPerson: topMean / bottomMean };
}
