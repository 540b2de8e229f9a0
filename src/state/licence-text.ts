// Licence warnings in the app's language (issue #17): licences.ts finds the terms and the
// uncredited files, the catalogue words them with the same keys as the printable report.
import type { LicenceNotice } from '../core/export/licences.ts';
import type { Words } from './words.ts';

/** One licence warning in the words' language; titles, licences and file names as the project writes them. */
export function licenceNoticeText(notice: LicenceNotice, words: Words): string {
  if (notice.code === 'limited') {
    const terms = notice.terms.map((term) => words.t(`report.licence.${term}`)).join(words.t('report.list.semicolon'));
    return words.t('report.licence.limited', { title: notice.title, licence: notice.licence, terms });
  }
  return words.t('report.licence.uncredited', { files: notice.files.join(words.t('report.list.comma')) });
}
