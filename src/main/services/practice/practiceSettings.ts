import type { PracticeSettings, SavedPracticeSettings } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import { logoProblem } from '../images/logoImage';
import type { Store } from '../store/store';

/** The settings with the logo as base64 and their row version, as the settings screen shows them. */
export function practiceSettings(store: Store): SavedPracticeSettings {
  const settings = store.practice.settings();
  if (!settings) throw notFound();
  const logo = store.practice.logo();
  return { ...settings, logo: logo === null ? null : logo.toString('base64') };
}

/** Decodes a new logo once, in full, before it is stored; one that does not decode is refused. */
export async function checkedLogo(base64: string | null | undefined, path: Array<string | number>): Promise<Buffer | null | undefined> {
  if (base64 === undefined || base64 === null) return base64;
  const bytes = Buffer.from(base64, 'base64');
  const problem = await logoProblem(bytes);
  if (problem !== null) throw InvalidInputError.field(path, problem);
  return bytes;
}

/**
 * Changes the settings made from the stored version `rowVersion` (refused as 'changedMeanwhile'
 * when someone saved them since); a logo left out (undefined) stays as it is, null removes it.
 */
export async function updatePracticeSettings(
  store: Store,
  { logo: newLogo, rowVersion, ...settings }: Omit<PracticeSettings, 'logo'> & { logo?: string | null; rowVersion: number },
): Promise<SavedPracticeSettings> {
  const logo = await checkedLogo(newLogo, ['logo']);
  store.transaction(() => {
    if (!store.practice.settings()) throw notFound();
    store.practice.update(settings, rowVersion);
    if (logo !== undefined) store.practice.setLogo(logo);
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
