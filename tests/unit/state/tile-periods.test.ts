// A district's rows of a grouped tiles CSV, as the run writes it (src/engine/outputs.ts).
import { describe, expect, test } from 'vitest';
import { parseCsv, tilePeriods } from '../../../src/state/tile-periods.ts';

const csv = [
  'district_id,period,tiles,tests,devices,download_mbps,upload_mbps,latency_ms,share_tests_below_25mbps,suppressed',
  '15001,2019-Q1,4,120,30,52.5,10.25,21,12.5,0',
  '15001,2019-Q2,1,3,1,,,,,1',
  '15003,2019-Q1,9,900,200,80,20,15,5,0',
  '',
].join('\r\n');

describe('tile figures by period', () => {
  test("only the district's rows, keyed by period; blanks are NaN and flagged rows withheld", () => {
    const t = tilePeriods(csv, ['period'], '15001');
    expect(t.columns).toEqual(['tiles', 'tests', 'devices', 'download_mbps', 'upload_mbps', 'latency_ms', 'share_tests_below_25mbps']);
    expect(t.rows.map((r) => [r.key, r.figures.tests, r.figures.download_mbps, r.withheld])).toEqual([
      [['2019-Q1'], 120, 52.5, false],
      [['2019-Q2'], 3, Number.NaN, true],
    ]);
  });
  test('quoted fields keep commas, quotes and line breaks; a formula-like id matches as written', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\ny"\n')).toEqual([['a', 'b, c', 'say "hi"', 'x\ny']]);
    const odd = "district_id,period,tests\n'-West,2020-Q1,5\n";
    expect(tilePeriods(odd, ['period'], '-West').rows[0]!.figures.tests).toBe(5);
  });
});
