import { describe, expect, test } from 'vitest';
import { layerEntry, layerNameFor, missingSlots, type LayerDraft } from '../../../src/state/layer-draft.ts';

const draft = (over: Partial<LayerDraft>): LayerDraft => Object.freeze({ role: 'table', name: 't', columns: {}, where: [], by: '', decimal: '.', ...over });

describe('layerNameFor', () => {
  test('a file name becomes a valid, unique layer name', () => {
    expect(layerNameFor('hi_ookla_tiles_2019_2022.parquet', [])).toBe('hi_ookla_tiles_2019_2022');
    expect(layerNameFor('Census 2019 (final).csv.gz', [])).toBe('census_2019_final');
    expect(layerNameFor('2019.csv', [])).toBe('_2019');
    expect(layerNameFor('ict.csv', ['ICT'])).toBe('ict_2');
    expect(layerNameFor('districts.csv', [])).toBe('districts_2');
    expect(layerNameFor('📶.csv', [])).toBe('layer');
  });
});

describe('layerEntry', () => {
  test('a tiles draft with a filter and no grouping becomes a tile layer with one figure per district', () => {
    const entry = layerEntry(
      draft({
        role: 'tiles',
        name: 'fixed',
        columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' },
        where: [{ column: 'network_type', value: 'fixed' }],
      }),
      'tiles.parquet',
    );
    expect(entry).toEqual({
      role: 'tiles',
      layer: {
        name: 'fixed', file: 'tiles.parquet', where: { network_type: 'fixed' },
        columns: { quadkey: 'quadkey', download_kbps: 'avg_d_kbps', upload_kbps: 'avg_u_kbps', latency_ms: 'avg_lat_ms', tests: 'tests', devices: 'devices' },
      },
    });
  });

  test('a decimal-comma table keeps that setting; districts take only id and name', () => {
    expect(layerEntry(draft({ columns: { district: 'fips' }, decimal: ',' }), 'x.csv')).toEqual({ role: 'table', layer: { name: 't', file: 'x.csv', decimal: ',', district: 'fips' } });
    expect(layerEntry(draft({ role: 'districts', columns: { id: 'geo_id', name: 'county_name' } }), 'c.geojson')).toEqual({ role: 'districts', layer: { file: 'c.geojson', id: 'geo_id', name: 'county_name' } });
  });

  test('a second label column makes districts.label: the name, then that column ("York, Pennsylvania")', () => {
    expect(layerEntry(draft({ role: 'districts', columns: { id: 'geo_id', name: 'county_name', label_with: 'state_name' } }), 'c.geojson')).toEqual({
      role: 'districts',
      layer: { file: 'c.geojson', id: 'geo_id', name: 'county_name', label: ['county_name', 'state_name'] },
    });
  });

  test('an unmapped slot is named', () => {
    expect(missingSlots(draft({ role: 'points', columns: { id: 'id', lon: 'x' } }))).toEqual(['lat']);
    expect(() => layerEntry(draft({ role: 'points', columns: { id: 'id' } }), 'p.csv')).toThrow('choose a column for: lon, lat');
  });
});

test('a population grid is a point layer without id and with a value summed per district', () => {
  expect(layerEntry(draft({ role: 'points', name: 'pop', columns: { lon: 'lon', lat: 'lat', value: 'pop2010' } }), 'grid.csv')).toEqual({
    role: 'points',
    layer: { name: 'pop', file: 'grid.csv', lon: 'lon', lat: 'lat', value: 'pop2010' },
  });
});
