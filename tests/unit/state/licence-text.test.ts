// Licence warnings worded in the app's language (issue #17): English from the catalogue is the
// text the CLI and exports print; other languages keep the source's title, licence and files.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { licenceNotices } from '../../../src/core/export/licences.ts';
import type { Project } from '../../../src/core/project/types.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import { licenceNoticeText } from '../../../src/state/licence-text.ts';

// The Hawaii example: Ookla's tiles are CC BY-NC-SA 4.0 (data/README.md).
const hawaii = JSON.parse(readFileSync('examples/hawaii.lastmile.json', 'utf8')) as Project;
const english = wordsOf(createI18n('en'));
const french = wordsOf(createI18n('fr'));
const arabic = wordsOf(createI18n('ar'));

describe('licence warnings in the app', () => {
  test('English from the catalogue is the English warning, byte for byte (Hawaii, and files without a source)', () => {
    const uncredited: Project = { ...hawaii, tables: [{ name: 'extra', file: 'a.csv', district: 'id' }, { name: 'more', file: 'b.csv', district: 'id' }] };
    // Hawaii's Ookla warning, then the same again and the two files no source names.
    const notices = [...licenceNotices(hawaii), ...licenceNotices(uncredited)];
    expect(notices.map((n) => n.code)).toEqual(['limited', 'limited', 'uncredited']);
    for (const n of notices) expect(licenceNoticeText(n, english)).toBe(n.message);
  });

  test('French and Arabic translate the terms and keep the title and licence as written', () => {
    const [ookla] = licenceNotices(hawaii);
    if (ookla?.code !== 'limited') throw new Error('Hawaii has a limited licence');
    expect(licenceNoticeText(ookla, french)).toBe(`${ookla.title} est sous licence ${ookla.licence} : usage non commercial uniquement ; ce que vous en publiez doit porter la même licence.`);
    const ar = licenceNoticeText(ookla, arabic);
    expect(ar).toContain(ookla.title);
    expect(ar).toContain(ookla.licence);
    expect(ar).not.toContain('non-commercial use');
  });
});
