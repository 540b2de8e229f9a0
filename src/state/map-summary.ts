// The map in words, for a screen reader (and anyone who cannot tell colours apart): what it
// shows, for how many districts, and the highest and lowest of them.
import { figureText, type Measure } from './measures.ts';

/** How many districts to name at each end. */
const ENDS = 3;

/** One paragraph: "47 counties by Internet use — total. Highest: Nairobi 52.4 %, …. Lowest: …. 2 without a figure." */
export function mapSummary(names: readonly string[], measure: Measure, nounPlural: string): string {
  const shown: number[] = [];
  for (let d = 0; d < names.length; d++) if (Number.isFinite(measure.values[d]!)) shown.push(d);
  // Highest first; ties by name so the words do not change between runs.
  shown.sort((a, b) => measure.values[b]! - measure.values[a]! || names[a]!.localeCompare(names[b]!));
  const list = (ds: readonly number[]) => ds.map((d) => `${names[d]} ${figureText(measure, d)}`).join(', ');
  const parts = [`${names.length} ${nounPlural} by ${measure.label}.`];
  if (shown.length) {
    const n = Math.min(ENDS, Math.ceil(shown.length / 2));
    parts.push(`Highest: ${list(shown.slice(0, n))}.`);
    if (shown.length > 1) parts.push(`Lowest: ${list(shown.slice(-Math.min(n, shown.length - n)).reverse())}.`);
  }
  const without = names.length - shown.length;
  if (without > 0) parts.push(`${without} without a figure.`);
  return parts.join(' ');
}
