// How the status bar and the planning panel word what a long task is doing: from the step's
// code and values through the catalogue ("progress.<code>"), so a planner reads "lecture de
// wards.csv (12 000 lignes)" in French (issue #17). English shows the engine's label itself, as
// the CLI prints it; a report without a step (or a catalogue without its key) keeps the label.
import type { ProgressStep } from '../core/progress-steps.ts';
import { formatWhole } from '../i18n/format.ts';
import type { MessageValues, Words } from './words.ts';

/** The locale of English words (format.ts): the engine's labels are English already. */
const ENGLISH = 'en';

/** What the task is doing, in the words' language; `label` in English or when there is no step. */
export function progressText(progress: { readonly label: string; readonly step?: ProgressStep | undefined }, words: Words): string {
  const { label, step } = progress;
  return words.locale === ENGLISH || !step ? label : stepText(step, words, label);
}

/** A step worded from the catalogue only, `fallback` where it lacks the key (exported so tests compare English keys with the labels). */
export function stepText(step: ProgressStep, words: Words, fallback: string): string {
  const values: Record<string, string | number> = {};
  // Rows read are a number in the locale's digits; names (files, layers, ids) as written.
  for (const [name, value] of Object.entries(step.values)) values[name] = typeof value === 'number' ? formatWhole(value, words.locale) : value;
  return words.t(`progress.${step.code}`, { ...(values as MessageValues), defaultValue: fallback });
}
