// The pieces the image and report exports rest on: CRC-32 and iTXt chunks in PNG (read back
// by pngjs, which checks every chunk's CRC), HTML escaping by default, the map's text
// alternative and its scale bar's round lengths.
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { html, raw } from '../../../src/core/export/html.ts';
import { mapAltText } from '../../../src/core/export/map-alt.ts';
import { crc32, pngText, withPngText } from '../../../src/core/export/png-text.ts';
import { districtMapSvg, niceLength, wrapText } from '../../../src/core/export/svg-map.ts';

test('crc32 of "123456789" is the standard check value 0xCBF43926', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});

describe('withPngText', () => {
  const png = new PNG({ width: 2, height: 1 });
  png.data.set([255, 0, 0, 255, 0, 0, 255, 255]);
  const bytes = new Uint8Array(PNG.sync.write(png));

  test('adds UTF-8 text that pngText reads back, and pngjs still decodes the pixels (CRCs checked)', () => {
    const out = withPngText(bytes, { Description: 'Map of internet use — 2 withheld', Source: 'KNBS; Ookla CC BY-NC-SA 4.0' });
    expect(pngText(out)).toEqual({ Description: 'Map of internet use — 2 withheld', Source: 'KNBS; Ookla CC BY-NC-SA 4.0' });
    const back = PNG.sync.read(Buffer.from(out), { checkCRC: true } as never);
    expect([...back.data]).toEqual([255, 0, 0, 255, 0, 0, 255, 255]);
  });

  test('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array(20), {})).toThrow('not a PNG file');
  });
});

describe('html', () => {
  test('escapes every interpolated value, in text and in attributes; Html passes through', () => {
    const name = `<img src=x onerror="alert(1)">&'`;
    expect(html`<td title="${name}">${name}</td>`.text).toBe('<td title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</td>');
    expect(html`<p>${[html`<b>${'a<b'}</b>`, raw('<i>ok</i>'), null, false, 3]}</p>`.text).toBe('<p><b>a&lt;b</b><i>ok</i>3</p>');
  });
});

describe('mapAltText', () => {
  const base = { title: 'Internet use', noun: 'county', names: ['A', 'B', 'C', 'D'], format: (v: number) => `${v} %`, sources: ['KNBS — licence: MIT'] };

  test('names the highest and lowest shown figures and counts the withheld, without their values', () => {
    // B holds the largest value but is withheld: the highest shown is C.
    const text = mapAltText({ ...base, values: [10, 99, 40, Number.NaN], suppressed: [0, 1, 0, 0] });
    expect(text).toBe('Map of Internet use by county, 4 in all, in quantile classes. Highest: C (40 %); lowest: A (10 %). 1 withheld by small-number protection. 1 without data. Data: KNBS — licence: MIT');
    expect(text).not.toContain('99');
  });
});

describe('districtMapSvg', () => {
  const square = (x: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
  test('a withheld district is grey and titled "withheld", never coloured by its value', () => {
    const svg = districtMapSvg({ title: 'T', geometries: [square(0), square(1)], names: ['A', '<B>'], values: [1, 2], suppressed: [0, 1], format: String, credits: ['c'] }).text;
    expect(svg).toContain('fill="#c8c8c8" stroke="#fff" stroke-width="0.6"><title>&lt;B&gt;: withheld (small numbers)</title>');
    expect(svg).not.toContain('&lt;B&gt;: 2');
  });

  test('scale bar lengths are 1, 2 or 5 × 10ⁿ; credits wrap at spaces', () => {
    expect([niceLength(7.3), niceLength(180), niceLength(1), niceLength(0.034)]).toEqual([5, 100, 1, 0.02]);
    expect(wrapText('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  });
});
