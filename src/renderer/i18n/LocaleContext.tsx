import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n/format';

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  date(iso: string | null | undefined): string;
}

const LocaleContext = createContext<Translator | null>(null);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<Translator>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      date: (iso) => formatDate(iso, locale.language),
    }),
    [locale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useT(): Translator {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useT outside LocaleProvider');
  return value;
}
