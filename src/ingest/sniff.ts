// The first look at a file a planner drops in: what it is, which columns it has, a sample
// of rows, and every reason it cannot be used, before anything is loaded into DuckDB. The
// family is chosen by the name's extension (as loadTableFile does, so what the preview shows
// is what will load) and the bytes are checked against it. Only the head of a big table is
// read; boundary files are read whole (they are small, and every feature matters).
import { extensionOf } from '../formats/extension.ts';
import { formatSize, gzipSize, isGzip, readGzipHead, readHead, readRange, type FileLike } from './file-head.ts';
import type { BoundarySummary } from './sniff-json.ts';
import { sniffBoundaryText } from './sniff-json.ts';
import { asyncBufferOf, sniffParquet } from './sniff-parquet.ts';
import { sniffDelimitedText, type Delimiter } from './sniff-text.ts';
import { InputError, type Issue } from '../core/report.ts';
import { decodeText } from '../formats/text-encoding.ts';
import { UNCLOSED_QUOTE, unclosedQuoteLine } from '../formats/csv-lines.ts';

export type { FileLike } from './file-head.ts';

export type SniffedKind = 'delimited' | 'geojson' | 'topojson' | 'parquet';

export interface SniffOptions {
  /** Largest delimited or Parquet file the browser should load, in bytes (decompressed); default 1 GiB. */
  readonly maxTableBytes?: number;
  /** Largest GeoJSON or TopoJSON file, in bytes; default 200 MiB. */
  readonly maxBoundaryBytes?: number;
  /** Bytes of a delimited file read for the sniff (decompressed); default 256 KiB. */
  readonly headBytes?: number;
  /** Rows in the sample; default 200. */
  readonly sampleRows?: number;
}

export interface Sniffed {
  /** The file's name, as the planner chose it. */
  readonly file: string;
  readonly kind: SniffedKind;
  /** True for a gzip-compressed file (name ending in .gz). */
  readonly compressed: boolean;
  /** Size of the file in bytes, as stored (compressed when gzip). */
  readonly size: number;
  /** Column names (for boundaries: property names), exactly as they will be loaded. */
  readonly columns: string[];
  /** The first rows, every value as text; empty cells are null. */
  readonly sample: Record<string, string | null>[];
  readonly delimiter?: Delimiter;
  /** True when the text began with a UTF-8 byte order mark (removed). */
  readonly bom?: boolean;
  /** True when numbers are written with a decimal comma ("12,5"): load with `decimal: ','`. */
  readonly decimalComma?: boolean;
  /** Data rows: exact for Parquet and for text read whole, else estimated from the head. */
  readonly rowEstimate?: number;
  readonly geometry?: BoundarySummary;
  /** Warnings found while sniffing (rows that will be skipped, the TopoJSON object chosen). */
  readonly issues: readonly Issue[];
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const DELIMITED = ['.csv', '.tsv', '.txt'];
const BOUNDARY = ['.geojson', '.topojson', '.json'];
const SUPPORTED = 'supported: .csv, .tsv, .txt and .parquet (each optionally gzip-compressed, .gz), and .geojson, .topojson or .json for boundaries';

/** Identifies a file and reads its columns and first rows; throws InputError with a planner-readable reason when it cannot be used. */
export async function sniffFile(file: FileLike, options: SniffOptions = {}): Promise<Sniffed> {
  const name = file.name;
  const sampleRows = options.sampleRows ?? 200;
  if (file.size === 0) throw new InputError({ file: name, reason: 'the file is empty', code: 'empty' });
  const compressed = extensionOf(name) === '.gz';
  const inner = compressed ? name.slice(0, -3) : name;
  const ext = extensionOf(inner);
  const magic = await readRange(file, 0, 4);
  if (compressed && !isGzip(magic)) throw new InputError({ file: name, reason: 'named .gz but not gzip-compressed (the gzip signature is missing)' });
  if (!compressed && isGzip(magic)) throw new InputError({ file: name, reason: `the file is gzip-compressed but its name does not end in .gz; rename it to "${name}.gz"` });
  const family = DELIMITED.includes(ext) ? 'delimited' : ext === '.parquet' ? 'parquet' : BOUNDARY.includes(ext) ? 'boundary' : undefined;
  if (family === undefined) throw new InputError({ file: name, reason: unknownExtension(ext) });
  if (family === 'boundary' && compressed) {
    throw new InputError({ file: name, reason: `boundary files are read uncompressed; decompress it to "${inner}" and load that` });
  }
  const isParquet = !compressed && String.fromCharCode(...magic) === 'PAR1';
  if (family === 'parquet' && !compressed && !isParquet) {
    throw new InputError({ file: name, reason: 'named .parquet but not a Parquet file (the "PAR1" signature is missing)' });
  }
  if (family !== 'parquet' && isParquet) throw new InputError({ file: name, reason: `this is a Parquet file; rename it to end in .parquet` });

  const limit = family === 'boundary' ? (options.maxBoundaryBytes ?? 200 * MiB) : (options.maxTableBytes ?? GiB);
  const fullSize = compressed ? await gzipSize(file) : file.size;
  checkSize(name, file.size, limit, false);
  if (compressed) checkSize(name, fullSize, limit, true);
  const base = { file: name, compressed, size: file.size };

  if (family === 'boundary') {
    const { text } = decodeText(name, (await readHead(file, file.size)).bytes, true);
    const head = sniffBoundaryText(name, text, sampleRows);
    return { ...base, kind: head.kind, columns: head.columns, sample: head.sample, rowEstimate: head.geometry.features, geometry: head.geometry, issues: head.issues };
  }
  if (family === 'parquet') {
    const source = compressed ? (await readGzipHead(file, limit + 1)).bytes : file;
    const head = await sniffParquet(name, asyncBufferOf(source), sampleRows);
    return { ...base, kind: 'parquet', columns: head.columns, sample: head.sample, rowEstimate: head.rows, issues: [] };
  }
  const headBytes = options.headBytes ?? 256 * 1024;
  const head = compressed ? await readGzipHead(file, headBytes) : await readHead(file, headBytes);
  const { text, bom, note } = decodeText(name, head.bytes, head.complete);
  // Only a whole file can be said to leave a quote open: in a head, the cell may close later.
  const unclosed = head.complete ? unclosedQuoteLine(new TextEncoder().encode(text)) : null;
  if (unclosed !== null) throw new InputError({ file: name, row: unclosed, reason: UNCLOSED_QUOTE, code: 'unclosedQuote' });
  const table = sniffDelimitedText(name, text, {
    complete: head.complete,
    totalBytes: fullSize,
    sampleRows,
    ...(ext === '.tsv' ? { preferred: '\t' as const } : {}),
  });
  // The note the loader will give too (src/db/load-file.ts), so the dialog says it first.
  const issues = note ? [{ file: name, reason: note }, ...table.issues] : table.issues;
  return { ...base, kind: 'delimited', ...table, issues, bom };
}

/** Throws InputError when `bytes` exceeds what the browser should hold. */
function checkSize(file: string, bytes: number, limit: number, decompressed: boolean): void {
  if (bytes <= limit) return;
  const size = `${formatSize(bytes)}${decompressed ? ' once decompressed' : ''}`;
  throw new InputError({
    file,
    reason: `the file is ${size}, more than the ${formatSize(limit)} the browser can load; run it with \`lastmile run\` on the command line, or filter the file to the districts you need first`,
  });
}

function unknownExtension(ext: string): string {
  if (ext === '') return `cannot read a file without an extension; ${SUPPORTED}`;
  if (['.xlsx', '.xls', '.xlsm', '.ods'].includes(ext)) return `cannot read "${ext}" (a spreadsheet); save the sheet as "CSV UTF-8" and load that`;
  if (['.shp', '.zip', '.kml', '.kmz', '.gpkg', '.gml'].includes(ext)) {
    return `cannot read "${ext}"; convert the boundaries to GeoJSON (e.g. in QGIS, or at mapshaper.org) and load that`;
  }
  return `cannot read "${ext}"; ${SUPPORTED}`;
}

