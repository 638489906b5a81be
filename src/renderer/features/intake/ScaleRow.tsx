import { useId } from 'react';
import { FieldError } from '../../components/FieldError';
import { quickEntryProps, RATING_0_TO_10 } from './quickEntry';

const POINTS = Array.from({ length: 11 }, (_, i) => String(i));

/**
 * A 0-10 answer as a row of buttons (radio buttons underneath: arrow keys move along the row), with
 * the words of both ends beside it: some items run the other way, so the ends are always shown.
 */
export function ScaleRow({
  legend,
  minLabel,
  maxLabel,
  value,
  hint,
  error,
  onChange,
  quickEntry,
}: {
  legend: string;
  minLabel: string;
  maxLabel: string;
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  onChange(value: string): void;
  /** The item's name in quick entry of a paper form (one key per answer, see quickEntry.ts). */
  quickEntry?: string;
}) {
  const id = useId();
  const keys = quickEntry === undefined ? {} : quickEntryProps(quickEntry, RATING_0_TO_10, onChange);
  const described = [`${id}-ends`, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'scale-row choice--invalid' : 'scale-row'} aria-describedby={described}>
      <legend>{legend}</legend>
      <p className="visually-hidden" id={`${id}-ends`}>
        0 = {minLabel}, 10 = {maxLabel}
      </p>
      <div className="scale-row__line">
        <span className="scale-row__end" aria-hidden="true">
          0 = {minLabel}
        </span>
        <div className="scale-row__points">
          {POINTS.map((point) => (
            <label key={point} className={value === point ? 'scale-row__point scale-row__point--chosen' : 'scale-row__point'}>
              <input type="radio" name={`scale-${id}`} value={point} checked={value === point} onChange={() => onChange(point)} {...keys} />
              <span>{point}</span>
            </label>
          ))}
        </div>
        <span className="scale-row__end scale-row__end--max" aria-hidden="true">
          10 = {maxLabel}
        </span>
      </div>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}
