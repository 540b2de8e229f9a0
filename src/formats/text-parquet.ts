// A table of text columns as Parquet, for plan bundles (issue #20): every value is stored as
// the UTF-8 text a loader read (null where it read none), so a reader that takes the text back
// gives the same table, digits and leading zeros included. Pages are GZIP-compressed (fflate,
// with a fixed header time) so one table always gives the same bytes, and hyparquet-compressors
// reads them back.
import { gzipSync } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';

/** One text column; null for a cell the loader read as missing. */
export interface TextColumn {
  readonly name: string;
  readonly values: readonly (string | null)[];
}

/** Rows per row group: a Kenya-sized list of schools (≈90,000 rows) fits in a few. */
const ROW_GROUP = 50_000;

/** Parquet bytes of `columns` (all of one length) as STRING columns, with `metadata` as key-value pairs. */
export function textParquet(columns: readonly TextColumn[], metadata: Readonly<Record<string, string>> = {}): Uint8Array {
  const kvMetadata = Object.entries(metadata).map(([key, value]) => ({ key, value }));
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: columns.map((c) => ({ name: c.name, data: [...c.values], type: 'STRING' as const, nullable: true })),
      codec: 'GZIP',
      compressors: { GZIP: (input: Uint8Array) => gzipSync(input, { level: 6, mtime: 0 }) },
      rowGroupSize: ROW_GROUP,
      kvMetadata,
      createdBy: 'lastmile',
    }),
  );
}
