// Small labelled native inputs for the scenario editor: every field has a visible label.
import { useId } from 'react';
import { useWords } from '../../i18n/use-words.ts';

interface NumberProps {
  label: string;
  value: number | undefined;
  /** Shown after the input ("m", "%"). */
  unit?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Placeholder when empty ("no limit"). */
  empty?: string;
  onChange(value: number | undefined): void;
}

/** A number input; an emptied input reports undefined. */
export function NumberField({ label, value, unit, min, max, step, empty, onChange }: NumberProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={value ?? ''}
          min={min}
          max={max}
          step={step ?? 'any'}
          placeholder={empty}
          onChange={(e) => onChange(e.target.value === '' || !Number.isFinite(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)}
        />
        {unit && <span className="unit"> {unit}</span>}
      </span>
    </div>
  );
}

interface SelectProps {
  label: string;
  value: string;
  options: readonly string[];
  /** Label of the empty choice ("every point weighs 1"); absent: no empty choice. */
  none?: string;
  /** How an option reads, when not as its value (a code worded by the catalogue). */
  optionLabel?(option: string): string;
  onChange(value: string): void;
}

/** A native select over `options`, with an optional empty choice. */
export function SelectField({ label, value, options, none, optionLabel, onChange }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel ? optionLabel(o) : o}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A share 0–1 shown and typed as a percentage. */
export function PercentField({ label, value, onChange }: { label: string; value: number | undefined; onChange(share: number | undefined): void }) {
  const { t } = useWords();
  return <NumberField label={label} value={value === undefined ? undefined : Math.round(value * 1000) / 10} unit="%" min={0} max={100} step={1} empty={t('field.none')} onChange={(v) => onChange(v === undefined ? undefined : v / 100)} />;
}
