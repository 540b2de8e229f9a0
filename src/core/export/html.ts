// HTML built as text for the printable report, escaped by default: every value put into the
// `html` template is escaped (text and attribute contexts alike) unless it is already Html
// made by this module. Project titles, district names and sources are the planner's or a
// publisher's text, and a report is opened in a browser: nothing may become markup.

/** Markup made by `html` (or `raw`), safe to insert as is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Text with &, <, >, " and ' escaped (safe in element content and in quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped (arrays joined, null/false empty). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

/** Markup from a trusted source (this codebase's constants only). */
export function raw(text: string): Html {
  return new Html(text);
}
