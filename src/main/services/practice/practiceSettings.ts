import type { PracticeSettings } from '../../../shared/model';
import { notFound } from '../domainError';
import type { Store } from '../store/store';

/** The settings with the logo as base64, as the settings screen shows them. */
export function practiceSettings(store: Store): PracticeSettings {
  const settings = store.practice.settings();
  if (!settings) throw notFound();
  const logo = store.practice.logo();
  return { ...settings, logo: logo === null ? null : logo.toString('base64') };
}

/** Changes the settings; a logo left out (undefined) stays as it is, null removes it. */
export function updatePracticeSettings(store: Store, { logo, ...settings }: Omit<PracticeSettings, 'logo'> & { logo?: string | null }): PracticeSettings {
  store.transaction(() => {
    if (!store.practice.settings()) throw notFound();
    store.practice.update(settings);
    if (logo !== undefined) store.practice.setLogo(logo === null ? null : Buffer.from(logo, 'base64'));
  });
  return practiceSettings(store);
}

/** What the first screen needs to choose between first start, sign-in and the application. */
export function practiceStatus(store: Store) {
  const settings = store.practice.settings();
  return {
    initialized: settings !== null,
    practice: settings ? { name: settings.name, language: settings.language, jurisdiction: settings.jurisdiction } : null,
    empty: store.workplaces.list().length === 0,
  };
}
