import type { PracticeSettings, SavedPracticeSettings } from '../../../shared/model';
import { InvalidInputError, notFound } from '../domainError';
import { logoProblem } from '../images/logoImage';
import type { Repositories } from '../store/store';

/** The settings with the logo as base64 and their row version, as the settings screen shows them. */
export async function practiceSettings(store: Repositories): Promise<SavedPracticeSettings> {
  const settings = await store.practice.settings();
  if (!settings) throw notFound();
  const logo = await store.practice.logo();
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
  store: Repositories,
  { logo: newLogo, rowVersion, ...settings }: Omit<PracticeSettings, 'logo'> & { logo?: string | null; rowVersion: number },
): Promise<SavedPracticeSettings> {
  const logo = await checkedLogo(newLogo, ['logo']);
  await store.transaction(async (tx) => {
    if (!(await tx.practice.settings())) throw notFound();
    await tx.practice.update(settings, rowVersion);
    if (logo !== undefined) await tx.practice.setLogo(logo);
  });
  return practiceSettings(store);
}

/** What the first screen needs to choose between first start, sign-in and the application. */
export async function practiceStatus(store: Repositories) {
  const settings = await store.practice.settings();
  return {
    initialized: settings !== null,
    practice: settings ? { name: settings.name, language: settings.language, jurisdiction: settings.jurisdiction } : null,
    empty: await store.workplaces.isEmpty(),
  };
}
