// "Did you mean …?" for misspelt keys and names in a project file.

/**
 * Edit distance between two strings (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1).
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows: the swap needs the row before the previous one.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word` (ignoring case): within edit distance 2 and fewer edits than
 * `word` has letters (so "to" does not suggest "by"); failing that, the only candidate that
 * starts with `word` or that `word` starts with, sharing at least 4 letters ("latency" →
 * "latency_ms", but "higher" suggests neither direction). Ties go to the earlier candidate.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const prefixed: string[] = [];
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const d = editDistance(lower, other);
    if (d <= 2 && d < word.length && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
    const [short, long] = lower.length <= other.length ? [lower, other] : [other, lower];
    if (short.length >= 4 && long.startsWith(short)) prefixed.push(candidate);
  }
  return best ?? (prefixed.length === 1 ? prefixed[0] : undefined);
}
