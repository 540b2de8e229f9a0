// District outlines written as text in a table column: WKT ("POLYGON ((…))", as PostGIS and
// QGIS export to CSV) or WKB in hex (GeoParquet's binary geometry once read as text).
// Only polygons and multipolygons are districts; anything else is refused with the reason.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The polygon or multipolygon a WKT or hex-WKB text describes (lon/lat degrees); throws with the reason otherwise. */
export function geometryFromText(text: string): Polygon | MultiPolygon {
  const t = text.trim().replace(/^SRID=\d+;/i, '');
  if (/^(00|01)[0-9a-f]+$/i.test(t) && t.length % 2 === 0) return geometryFromWkb(hexBytes(t));
  return geometryFromWkt(t);
}

/** Parses WKT POLYGON / MULTIPOLYGON (Z and M values dropped). */
export function geometryFromWkt(text: string): Polygon | MultiPolygon {
  const m = /^\s*(MULTIPOLYGON|POLYGON)\s*(Z|M|ZM)?\s*(\(.*\))\s*$/is.exec(text);
  if (!m) {
    const kind = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase();
    throw new Error(kind ? `a ${kind}, not a polygon` : 'not WKT or WKB geometry');
  }
  const nested = parseNested(m[3]!);
  if (m[1]!.toUpperCase() === 'POLYGON') return { type: 'Polygon', coordinates: asRings(nested) };
  if (!Array.isArray(nested) || !nested.every(Array.isArray)) throw new Error('malformed MULTIPOLYGON');
  return { type: 'MultiPolygon', coordinates: (nested as Nested[]).map(asRings) };
}

type Nested = Nested[] | Position;

/** "((1 2, 3 4), (…))" → nested arrays of positions. */
function parseNested(s: string): Nested {
  let i = 0;
  const read = (): Nested => {
    skip();
    if (s[i] !== '(') throw new Error(`malformed WKT near "${s.slice(i, i + 12)}"`);
    i++;
    skip();
    if (s[i] === '(') {
      const items: Nested[] = [read()];
      for (skip(); s[i] === ','; skip()) {
        i++;
        items.push(read());
      }
      expect(')');
      return items;
    }
    const end = s.indexOf(')', i);
    if (end < 0) throw new Error('malformed WKT: a ring is not closed with ")"');
    const positions = s.slice(i, end).split(',').map((p) => {
      const [x, y] = p.trim().split(/\s+/).map(Number);
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`malformed coordinate "${p.trim()}"`);
      return [x!, y!];
    });
    i = end + 1;
    return positions as Nested;
  };
  const skip = () => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  const expect = (c: string) => {
    skip();
    if (s[i] !== c) throw new Error(`malformed WKT: expected "${c}" near "${s.slice(i, i + 12)}"`);
    i++;
  };
  const out = read();
  skip();
  if (i !== s.length) throw new Error(`malformed WKT: unexpected "${s.slice(i, i + 12)}"`);
  return out;
}

function asRings(n: Nested): Position[][] {
  if (!Array.isArray(n) || !n.every((r) => Array.isArray(r) && (r as Nested[]).every((p) => Array.isArray(p) && typeof p[0] === 'number'))) throw new Error('malformed POLYGON');
  return n as Position[][];
}

/** Parses (E)WKB POLYGON / MULTIPOLYGON, either byte order, Z/M values dropped. */
export function geometryFromWkb(bytes: Uint8Array): Polygon | MultiPolygon {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const header = () => {
    const little = view.getUint8(o) === 1;
    let type = view.getUint32(o + 1, little);
    o += 5;
    // EWKB flags: Z 0x80000000, M 0x40000000, SRID 0x20000000; ISO: +1000 (Z), +2000 (M), +3000 (ZM).
    const ewkbZ = (type & 0x80000000) !== 0;
    const ewkbM = (type & 0x40000000) !== 0;
    if (type & 0x20000000) o += 4;
    type &= 0x0fffffff;
    const iso = Math.floor(type / 1000);
    const dims = 2 + (ewkbZ || iso === 1 || iso === 3 ? 1 : 0) + (ewkbM || iso === 2 || iso === 3 ? 1 : 0);
    return { little, type: type % 1000, dims };
  };
  const rings = (little: boolean, dims: number): Position[][] =>
    Array.from({ length: u32(little) }, () =>
      Array.from({ length: u32(little) }, () => {
        const p = [view.getFloat64(o, little), view.getFloat64(o + 8, little)];
        o += 8 * dims;
        return p;
      }),
    );
  const u32 = (little: boolean) => {
    const v = view.getUint32(o, little);
    o += 4;
    return v;
  };
  try {
    const h = header();
    if (h.type === 3) return { type: 'Polygon', coordinates: rings(h.little, h.dims) };
    if (h.type === 6) {
      const n = u32(h.little);
      return { type: 'MultiPolygon', coordinates: Array.from({ length: n }, () => {
        const p = header();
        if (p.type !== 3) throw new Error('a MULTIPOLYGON part is not a polygon');
        return rings(p.little, p.dims);
      }) };
    }
    throw new Error(`WKB geometry type ${h.type}, not a polygon`);
  } catch (e) {
    if (e instanceof RangeError) throw new Error('malformed WKB: the bytes end early', { cause: e });
    throw e;
  }
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
