// "How this number was computed": each district figure as its formula with the district's own
// counts ("431,327 (internet_user_total) ÷ 1,100,173 (pop3plus_total) = 39.2 %"). The numbers
// are the run's own — counts from the indicator view, results from the district columns —
// formatted as the app shows them; a withheld figure says why and shows no count behind it.
import { formatFixed, formatWhole } from '../i18n/format.ts';
import { isRateIndicator } from '../core/project/types.ts';
import type { CompositePart } from '../core/indicators/composite-parts.ts';
import { figureText, formatValue, type Measure } from './measures.ts';
import type { RunView } from './run-view.ts';
import type { Words } from './words.ts';

/** What the explanation reads besides the figure itself. */
export interface ExplainContext {
  readonly run: Pick<RunView, 'project' | 'indicators'>;
  /** Every measure of the run by key (for a gap's rates, a tile figure's tile and test counts). */
  readonly measures: ReadonlyMap<string, Measure>;
  /** The district's composite parts (composite-parts.ts), when the project has an index. */
  readonly parts?: readonly CompositePart[];
}

/** One sentence saying how district `d`'s `measure` was computed, in `words`' language. */
export function explainFigure(measure: Measure, d: number, ctx: ExplainContext, words: Words): string {
  const { t, locale } = words;
  const code = measure.code;
  const value = figureText(measure, d, words);
  const suppression = ctx.run.project.suppression ?? {};
  if (!code) return t('explain.value.plain', { value });
  const rateOf = (group: string) => ctx.measures.get(`${measure.indicatorId}.${group}`);
  switch (code.code) {
    case 'rate': {
      if (measure.suppressed?.[d]) return t('explain.suppressed.people', { min: formatWhole(suppression.min_people ?? 0, locale) });
      const view = ctx.run.indicators.find((i) => i.id === measure.indicatorId);
      const group = view?.kind === 'rate' ? view.groups.find((g) => g.group === code.group) : undefined;
      const spec = ctx.run.project.indicators?.find((i) => i.id === measure.indicatorId);
      const columns = spec && isRateIndicator(spec) ? spec.rate[code.group] : undefined;
      if (!group || !columns) return t('explain.value.plain', { value });
      return t('explain.rate', {
        numerator: formatWhole(group.numerator[d]!, locale),
        numeratorColumn: columns[0],
        denominator: formatWhole(group.denominator[d]!, locale),
        denominatorColumn: columns[1],
        value,
      });
    }
    case 'gap':
    case 'parity': {
      if (measure.suppressed?.[d]) return t('explain.suppressed.pair', { a: code.a, b: code.b, min: formatWhole(suppression.min_people ?? 0, locale) });
      const a = rateOf(code.a);
      const b = rateOf(code.b);
      const values = { a: code.a, b: code.b, rateA: a ? figureText(a, d, words) : '—', rateB: b ? figureText(b, d, words) : '—', value };
      return t(code.code === 'gap' ? 'explain.gap' : 'explain.parity', values);
    }
    case 'margin':
      if (measure.suppressed?.[d]) return t('explain.suppressed.margin');
      return t('explain.margin', { value });
    case 'value': {
      const spec = ctx.run.project.indicators?.find((i) => i.id === measure.indicatorId);
      return spec && !isRateIndicator(spec) ? t('explain.value', { value, table: spec.table, column: spec.value }) : t('explain.value.plain', { value });
    }
    case 'point-count':
      return t('explain.pointCount', { value, layer: code.layer });
    case 'point-sum':
      return t('explain.pointSum', { value, layer: code.layer });
    case 'tiles':
    case 'tests':
    case 'devices':
      return t('explain.tileCount', { value, layer: code.layer });
    case 'download':
    case 'upload':
    case 'latency':
    case 'tests-below': {
      if (measure.suppressed?.[d]) return t('explain.suppressed.tiles', { tests: formatWhole(suppression.min_tests ?? 0, locale), devices: formatWhole(suppression.min_devices ?? 0, locale) });
      const tiles = ctx.measures.get(`tiles.${code.layer}.tiles`);
      const tests = ctx.measures.get(`tiles.${code.layer}.tests`);
      const counts = { tiles: tiles ? figureText(tiles, d, words) : '—', tests: tests ? figureText(tests, d, words) : '—', value };
      return t(code.code === 'tests-below' ? 'explain.testsBelow' : 'explain.testWeighted', counts);
    }
    case 'composite':
    case 'pillar': {
      const parts = (ctx.parts ?? []).filter((p) => code.code === 'composite' || p.pillar === code.pillar);
      // A pillar's score weighs its indicators within the pillar: the parts' shares rescaled to sum 1.
      const total = parts.reduce((s, p) => s + p.weight, 0);
      const scale = code.code === 'composite' || total === 0 ? 1 : 1 / total;
      const sum = parts.map((p) => t('explain.part', { weight: formatFixed(p.weight * scale, locale, 3), normalised: formatValue(p.normalised, 'index', locale), measure: p.measure })).join(' + ');
      return t('explain.composite', { parts: sum || '—', value, normalisation: t(`composite.normalisation.${ctx.run.project.composite?.normalisation ?? 'min-max'}`) });
    }
  }
}
