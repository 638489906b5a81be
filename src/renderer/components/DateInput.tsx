import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { formatDate, parseDate } from '../../shared/i18n/format';
import { useT } from '../i18n/LocaleContext';

/**
 * A date typed the way people write it (1-3-26, 01-03-2026); reports the ISO date, or the raw
 * text when it is not a date yet, so the form can show a message.
 */
export function DateInput({
  value,
  today,
  onChange,
  ...rest
}: {
  value: string;
  today: string;
  onChange(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const { locale } = useT();
  const [text, setText] = useState(() => formatDate(value, locale.language));

  useEffect(() => {
    if (parseDate(text, today) !== value) setText(formatDate(value, locale.language) || value);
    // Only an outside change of the value resets the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  useEffect(() => {
    // A language switch shows a valid date in the new language's format; text that is not a date yet stays as typed.
    setText((current) => {
      const iso = parseDate(current, today);
      return iso ? formatDate(iso, locale.language) : current;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale.language]);

  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseDate(event.target.value, today) ?? event.target.value);
      }}
      onBlur={() => {
        const iso = parseDate(text, today);
        if (iso) setText(formatDate(iso, locale.language));
      }}
    />
  );
}
