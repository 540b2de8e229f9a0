// How the class controls word a refused list of breaks: from the BreaksError's code and values
// through the catalogue ("breaks.<code>"), numbers in the planner's locale (issue #17). English
// shows the engine's message itself; an error without a code keeps its message.
import { BreaksError } from '../core/classify/breaks.ts';
import { formatNumber, formatWhole } from '../i18n/format.ts';
import type { Words } from './words.ts';

/** Up to this many decimals of a break are shown: planners type breaks such as 0.125. */
const BREAK_DIGITS = 6;

/** Why the breaks were refused, in the words' language. */
export function breaksErrorText(error: unknown, words: Words): string {
  const message = error instanceof Error ? error.message : String(error);
  if (words.locale === 'en' || !(error instanceof BreaksError)) return message;
  return breaksCodedText(error, words);
}

/** The refusal worded from the catalogue only (exported so tests compare English keys with the messages). */
export function breaksCodedText(error: BreaksError, words: Words): string {
  const { position, before, after } = error.values;
  const values = {
    ...(position !== undefined ? { position: formatWhole(position, words.locale) } : {}),
    ...(before !== undefined ? { before: formatNumber(before, words.locale, BREAK_DIGITS) } : {}),
    ...(after !== undefined ? { after: formatNumber(after, words.locale, BREAK_DIGITS) } : {}),
  };
  return words.t(`breaks.${error.code}`, { ...values, defaultValue: error.message });
}
