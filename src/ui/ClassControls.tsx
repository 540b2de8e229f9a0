// How the map cuts its classes: the method (quantiles, equal intervals, natural breaks, the
// planner's own breaks), how many classes, and the palette of the measure's kind.
import { useEffect, useState } from 'react';
import { manualBreaks, type BreakMethod } from '../core/classify/breaks.ts';
import { DIVERGING_PALETTES, SEQUENTIAL_PALETTES, type DivergingPalette, type SequentialPalette } from '../core/classify/palette.ts';
import { breaksErrorText } from '../state/breaks-text.ts';
import type { ClassSettings } from '../state/choropleth.ts';
import type { MeasureScheme } from '../state/measure-scheme.ts';
import { formatWhole } from '../i18n/format.ts';
import { useWords } from '../i18n/use-words.ts';

const METHODS: readonly BreakMethod[] = ['quantile', 'equal-interval', 'natural', 'manual'];

interface Props {
  settings: ClassSettings;
  scheme: MeasureScheme;
  onChange(settings: ClassSettings): void;
}

export function ClassControls({ settings, scheme, onChange }: Props) {
  const words = useWords();
  const { t, locale } = words;
  const [text, setText] = useState(settings.manual.join(', '));
  // The refusal itself, worded at each render so it follows a change of language.
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => setText(settings.manual.join(', ')), [settings.manual]);
  const applyManual = () => {
    try {
      const breaks = manualBreaks(text.split(/[,;\s]+/).filter(Boolean).map(Number));
      setError(null);
      onChange({ ...settings, method: 'manual', manual: breaks });
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const diverging = scheme.kind === 'diverging';
  return (
    <details className="class-controls">
      <summary>
        {settings.method === 'manual'
          ? t('classes.summary', { method: t(`classes.short.${settings.method}`) })
          : t('classes.summaryCount', { method: t(`classes.short.${settings.method}`), classes: formatWhole(settings.classes, locale) })}
      </summary>
      <label>
        {t('classes.methodField')}{' '}
        <select value={settings.method} onChange={(e) => onChange({ ...settings, method: e.target.value as BreakMethod })}>
          {METHODS.map((m) => (
            <option key={m} value={m}>{t(`classes.method.${m}`)}</option>
          ))}
        </select>
      </label>
      {settings.method === 'manual' ? (
        <label>
          {t('classes.breaks')}{' '}
          <input
            value={text}
            inputMode="decimal"
            placeholder={t('classes.breaksExample')}
            aria-describedby={error ? 'class-breaks-error' : undefined}
            onChange={(e) => setText(e.target.value)}
            onBlur={applyManual}
            onKeyDown={(e) => e.key === 'Enter' && applyManual()}
          />
        </label>
      ) : (
        <label>
          {t('classes.classes')}{' '}
          <select value={settings.classes} onChange={(e) => onChange({ ...settings, classes: Number(e.target.value) })}>
            {[3, 4, 5, 6, 7].map((k) => (
              <option key={k} value={k}>{formatWhole(k, locale)}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('classes.palette')}{' '}
        {diverging ? (
          <select value={settings.diverging} onChange={(e) => onChange({ ...settings, diverging: e.target.value as DivergingPalette })}>
            {DIVERGING_PALETTES.map((p) => (
              <option key={p} value={p}>{t(`palette.${p}`)}</option>
            ))}
          </select>
        ) : (
          <select value={settings.sequential} onChange={(e) => onChange({ ...settings, sequential: e.target.value as SequentialPalette })}>
            {SEQUENTIAL_PALETTES.map((p) => (
              <option key={p} value={p}>{t(`palette.${p}`)}</option>
            ))}
          </select>
        )}
      </label>
      {error && <p id="class-breaks-error" className="error-message" role="alert">{breaksErrorText(error, words)}</p>}
    </details>
  );
}
