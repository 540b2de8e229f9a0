// A district's speed-test figures per `by` group (period, network type), read from the
// `tiles.<layer>.csv` the run writes: with groups a tile layer has several figures per
// district, which districts.csv does not hold, and the profile shows the run's own file.
import { neutraliseFormula } from '../core/export/csv.ts';

/** One group's row: its key values and each figure (NaN = blank, i.e. missing or withheld). */
export interface TileGroupRow {
  readonly key: readonly string[];
  readonly figures: Readonly<Record<string, number>>;
  readonly withheld: boolean;
}

/** The figure columns of tiles.<layer>.csv after the key columns, in file order. */
export interface TilePeriods {
  readonly by: readonly string[];
  readonly columns: readonly string[];
  readonly rows: readonly TileGroupRow[];
}

/** Rows of district `id` in a tiles.<layer>.csv text whose key columns are `by`. */
export function tilePeriods(csv: string, by: readonly string[], id: string): TilePeriods {
  const [head, ...lines] = parseCsv(csv);
  const header = head ?? [];
  const columns = header.slice(1 + by.length).filter((c) => c !== 'suppressed');
  const flag = header.indexOf('suppressed');
  const written = neutraliseFormula(id);
  const rows = lines
    .filter((cells) => cells[0] === written)
    .map((cells) => ({
      key: cells.slice(1, 1 + by.length),
      figures: Object.fromEntries(columns.map((c) => [c, cells[header.indexOf(c)] === '' ? Number.NaN : Number(cells[header.indexOf(c)])])),
      withheld: flag >= 0 && cells[flag] === '1',
    }));
  return { by, columns, rows };
}

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}
