// The text alternative of an exported map image: what the map shows, its extremes and how
// many districts are withheld — built from the same withheld flags as the figures, so a
// figure small-number protection withholds is never named in the image's description either.

export interface MapAltInput {
  readonly title: string;
  /** What one district is called ("county"). */
  readonly noun: string;
  readonly names: readonly string[];
  readonly values: ArrayLike<number>;
  readonly suppressed?: ArrayLike<number> | undefined;
  readonly format: (value: number) => string;
  /** One line per data source. */
  readonly sources: readonly string[];
}

/** One paragraph describing the map: highest and lowest shown figures, withheld and missing counts, sources. */
export function mapAltText(m: MapAltInput): string {
  const shown: number[] = [];
  let withheld = 0;
  for (let d = 0; d < m.names.length; d++) {
    if (m.suppressed?.[d] === 1) withheld++;
    else if (Number.isFinite(m.values[d]!)) shown.push(d);
  }
  const missing = m.names.length - shown.length - withheld;
  shown.sort((a, b) => m.values[b]! - m.values[a]! || a - b);
  const parts = [`Map of ${m.title} by ${m.noun}, ${m.names.length} in all, in quantile classes.`];
  if (shown.length) {
    const top = shown[0]!;
    const bottom = shown[shown.length - 1]!;
    parts.push(`Highest: ${m.names[top]} (${m.format(m.values[top]!)}); lowest: ${m.names[bottom]} (${m.format(m.values[bottom]!)}).`);
  }
  if (withheld) parts.push(`${withheld} withheld by small-number protection.`);
  if (missing) parts.push(`${missing} without data.`);
  parts.push(`Data: ${m.sources.join('; ')}`);
  return parts.join(' ');
}
