// Codes of the messages a load writes below the UI, beside their unchanged English text (issue
// #17): errors that stop a load and rows the CSV reader set aside ("load.<code>"), boundary-file
// lines ("boundary.<code>"), why an indicator's figure is blank ("blank.<code>") and the add-data
// dialog's reasons for its guess ("guess.<code>"). The UI words a code from the catalogue and
// falls back to the English text; each English key is worded as that text
// (tests/unit/state/load-text.test.ts), so English reads byte for byte as the CLI prints it.
// No imports: core/report.ts takes its types from here.

/** Errors that stop a file from loading, and a row the CSV reader set aside. */
export const LOAD_CODES = [
  'rowRejected',
  'empty',
  'emptyDecompressed',
  'headerNoRows',
  'noRowRead',
  'unclosedQuote',
  'mixedSeparators',
  'noSeparator',
  'noSuchColumn',
] as const;
export type LoadCode = (typeof LOAD_CODES)[number];

/** Lines about district boundaries: TopoJSON objects, outlines a boundary table cannot read, swapped coordinates. */
export const BOUNDARY_CODES = [
  'topojsonChosen',
  'topojsonChosenNoPolygons',
  'topojsonNoObjects',
  'topojsonNotGeometry',
  'topojsonNoArcs',
  'topojsonMissing',
  'outlineUnreadable',
  'coordinatesSwapped',
] as const;
export type BoundaryCode = (typeof BOUNDARY_CODES)[number];

/** Why districts have no figure for an indicator. */
export const BLANK_CODES = ['noRow', 'notNumber', 'notNumberEither', 'zeroDenominator'] as const;
export type BlankCode = (typeof BLANK_CODES)[number];

/** The add-data dialog's reasons for its guess of a file's role and columns. */
export const GUESS_CODES = [
  'quadkeys',
  'ooklaNames',
  'tileSlotsMissing',
  'networksMixed',
  'byPeriod',
  'projected',
  'swappedRange',
  'swappedBounds',
  'pointsInBounds',
  'lonLat',
  'pointId',
  'noPointId',
  'pointValue',
  'locatedColumns',
  'noProperties',
  'uniqueId',
  'repeatedId',
  'names',
  'notPolygons',
  'noGeometry',
  'outlines',
  'idsMatch',
  'noIdMatch',
  'noIdMatchClosest',
  'namedLikeId',
  'firstColumn',
  'numeric',
  'numericComma',
  'filter',
  'filterRepeats',
  'nearZeros',
  'nearSpaces',
  'nearCase',
] as const;
export type GuessCode = (typeof GUESS_CODES)[number];

/** A guess reason with its code and values, and its English text. */
export function guessReason(code: GuessCode, values: Readonly<Record<string, string | number>>, text: string): CodedText<GuessCode> {
  return { code, values, text };
}

/** A coded issue's catalogue key: "load.<code>", "boundary.<code>", else "check.<code>" (CHECK_CODES in core/report.ts). */
export function issueKey(code: string): string {
  if ((LOAD_CODES as readonly string[]).includes(code)) return `load.${code}`;
  if ((BOUNDARY_CODES as readonly string[]).includes(code)) return `boundary.${code}`;
  return `check.${code}`;
}

/** A sentence with its code and values (numbers unformatted) for the UI, and its English text for the CLI and as a fallback. */
export interface CodedText<C extends string = string> {
  readonly code: C;
  readonly values: Readonly<Record<string, string | number>>;
  readonly text: string;
}
