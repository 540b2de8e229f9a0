// The `sources` key: one credit per data file (title, publisher, licence, URL), which the
// app shows in its footer and which travels with the project file.
import { at, type Checker } from './checker.ts';
import { KNOWN_KEYS } from './keys.ts';

/** Checks the list of data sources: each names a file and a title; a URL is http(s). */
export function checkSources(c: Checker, value: unknown, path: string): void {
  const list = c.array(value, path);
  if (!list) return;
  list.forEach((item, i) => {
    const p = at(path, i);
    const o = c.object(item, p, KNOWN_KEYS.source, ['file', 'title']);
    if (!o) return;
    for (const key of ['file', 'title', 'publisher', 'licence'] as const) c.string(o[key], at(p, key));
    const url = c.string(o.url, at(p, 'url'));
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) c.report(at(p, 'url'), `expected an http:// or https:// address, got ${JSON.stringify(url)}`);
  });
}
