import { useId } from 'react';
import { FieldError } from '../../components/FieldError';
import { quickEntryProps, type QuickEntryFormat } from './quickEntry';

/** A group of radio buttons with a legend; the error is announced and linked. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  error,
  onChange,
  quickEntry,
}: {
  legend: string;
  name: string;
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  error?: string | undefined;
  onChange(value: V): void;
  /** Part of a questionnaire's quick entry (one key per answer, see quickEntry.ts). */
  quickEntry?: { item: string; format: QuickEntryFormat };
}) {
  const id = useId();
  const keys = quickEntry ? quickEntryProps(quickEntry.item, quickEntry.format, (typed) => onChange(typed as V)) : {};
  return (
    <fieldset className={error ? 'choice choice--invalid' : 'choice'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="choice__options">
        {options.map((option) => (
          <label key={option.value} className="choice__option">
            <input type="radio" name={`${name}-${id}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} {...keys} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}

/** A list of checkboxes for codes (risk factors, yellow flags, advice). */
export function CheckList({
  legend,
  items,
  selected,
  onChange,
  columns = true,
}: {
  legend: string;
  items: ReadonlyArray<{ code: string; label: string }>;
  selected: readonly string[];
  onChange(selected: string[]): void;
  columns?: boolean;
}) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      <div className={columns ? 'checklist__items checklist__items--columns' : 'checklist__items'}>
        {items.map((item) => (
          <label key={item.code} className="checklist__item">
            <input
              type="checkbox"
              checked={selected.includes(item.code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, item.code] : selected.filter((code) => code !== item.code))
              }
            />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
