import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n/format';

/** A message with a singular (`<key>.one`) and a plural (`<key>.other`) form. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** The singular or plural form for `count` (French counts 0 as singular); `{count}` is filled in. */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  date(iso: string | null | undefined): string;
  /** A number the way the user writes it: 28,5 in Dutch and French, 28.5 in English. */
  number(value: number, maximumFractionDigits?: number): string;
}

/** The BCP 47 tag for numbers and plural rules in this locale. */
export function localeTag(locale: Locale): string {
  if (locale.language === 'en') return 'en-GB';
  return `${locale.language}-${locale.jurisdiction}`;
}

const LocaleContext = createContext<Translator | null>(null);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<Translator>(() => {
    const tag = localeTag(locale);
    const pluralRules = new Intl.PluralRules(tag);
    const formats = new Map<number, Intl.NumberFormat>();
    const number = (value: number, maximumFractionDigits = 2) => {
      let format = formats.get(maximumFractionDigits);
      if (!format) {
        format = new Intl.NumberFormat(tag, { maximumFractionDigits });
        formats.set(maximumFractionDigits, format);
      }
      return format.format(value);
    };
    return {
      locale,
      t: (key, params) => translate(locale, key, params),
      plural: (key, count, params = {}) =>
        translate(locale, `${key}.${pluralRules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { ...params, count: number(count) }),
      date: (iso) => formatDate(iso, locale.language),
      number,
    };
  }, [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useT(): Translator {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useT outside LocaleProvider');
  return value;
}
