// What a file probably is in the project, as the role guessers return it (its own module so
// that roles.ts and roles-located.ts both import it without importing each other).
import type { CodedText, GuessCode } from '../core/load-codes.ts';
import type { JoinMatch } from './join-match.ts';

export type Role = 'districts' | 'table' | 'tiles' | 'points';

export interface RoleGuess {
  readonly role: Role;
  /** 0–1, two decimals: how sure the guess is. */
  readonly confidence: number;
  /** Slot → column: districts id/name; table district and "where.<column>" → value; tiles quadkey…devices (+ by); points id/lon/lat (+ value). */
  readonly mapping: Readonly<Record<string, string>>;
  readonly reasons: readonly string[];
  /** The same reasons with their codes and values, for the dialog to word ("guess.<code>"). */
  readonly coded: readonly CodedText<GuessCode>[];
  /** Table only: columns whose sample values are all numbers (candidates for indicators). */
  readonly numeric?: readonly string[];
  /** Table only, with district ids: how the district column matches them (after the suggested filter). */
  readonly match?: JoinMatch;
}
