import { hashPassphrase, verifyPassphrase } from '../../services/auth/passphrase';
import { logoProblem } from '../../services/images/logoImage';
import { loadDemoPractice } from '../../services/demo/demoPractice';
import type { Store } from '../../services/store/store';
import { RefusedError, DuplicateAccountError, InvalidInputError, notFound } from '../../services/domainError';
import type { Handlers } from '../handler';

/** A stored hash to compare against when the name is unknown, so timing does not reveal names. */
const unknownUserHash = hashPassphrase('unknown user: never matches');

type AccountChannels =
  | 'app.status'
  | 'practice.initialize'
  | 'practice.settings'
  | 'practice.updateSettings'
  | 'practice.loadDemo'
  | 'accounts.list'
  | 'accounts.create'
  | 'auth.signIn'
  | 'auth.signOut';

export function accountHandlers(store: Store): Pick<Handlers, AccountChannels> {
  function requireSettings() {
    const settings = store.practice.settings();
    if (!settings) throw notFound();
    return settings;
  }

  /** Decodes a new logo once, in full, before it is stored; one that does not decode is refused. */
  async function checkedLogo(base64: string | null | undefined, path: Array<string | number>): Promise<Buffer | null | undefined> {
    if (base64 === undefined || base64 === null) return base64;
    const bytes = Buffer.from(base64, 'base64');
    const problem = await logoProblem(bytes);
    if (problem !== null) throw InvalidInputError.field(path, problem);
    return bytes;
  }

  /** The settings with the logo as base64, as the settings screen shows them. */
  function fullSettings() {
    const logo = store.practice.logo();
    return { ...requireSettings(), logo: logo === null ? null : logo.toString('base64') };
  }

  return {
    'app.status': (_input, { session }) => {
      const settings = store.practice.settings();
      return {
        initialized: settings !== null,
        practice: settings
          ? { name: settings.name, language: settings.language, jurisdiction: settings.jurisdiction }
          : null,
        user: session.user,
        empty: store.workplaces.list().length === 0,
      };
    },

    'practice.initialize': async ({ practice, account }, { session }) => {
      const logo = await checkedLogo(practice.logo, ['practice', 'logo']);
      const passphraseHash = await hashPassphrase(account.passphrase);
      const user = store.transaction(() => {
        if (store.practice.settings() !== null || store.users.count() > 0) {
          throw new RefusedError('alreadyInitialized');
        }
        store.practice.create(practice);
        if (logo) store.practice.setLogo(logo);
        const id = store.users.create({ name: account.name, role: 'doctor', passphraseHash });
        return { id, name: account.name, role: 'doctor' as const };
      });
      session.user = user;
      return user;
    },

    'practice.settings': () => fullSettings(),

    'practice.updateSettings': async ({ logo: newLogo, ...settings }) => {
      const logo = await checkedLogo(newLogo, ['logo']);
      store.transaction(() => {
        requireSettings();
        store.practice.update(settings);
        if (logo !== undefined) store.practice.setLogo(logo);
      });
      return fullSettings();
    },

    'practice.loadDemo': () =>
      store.transaction(() => {
        if (store.workplaces.list().length > 0) throw new RefusedError('practiceNotEmpty');
        return { workers: loadDemoPractice(store) };
      }),

    'accounts.list': () => store.users.list(),

    'accounts.create': async ({ name, role, passphrase }) => {
      const passphraseHash = await hashPassphrase(passphrase);
      const id = store.transaction(() => {
        if (store.users.findByName(name)) throw new DuplicateAccountError(name);
        return store.users.create({ name, role, passphraseHash });
      });
      return { id, name, role };
    },

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      const stored = store.users.findByName(name);
      const matches = await verifyPassphrase(passphrase, stored?.passphraseHash ?? (await unknownUserHash));
      if (!stored || !matches) throw new RefusedError('invalidCredentials');
      session.user = { id: stored.id, name: stored.name, role: stored.role };
      return session.user;
    },

    'auth.signOut': (_input, { session }) => {
      session.user = null;
      return null;
    },
  };
}
