import { loadDemoIntoEmptyPractice } from '../../services/demo/demoPractice';
import { authenticate, createAccount, initializePractice } from '../../services/practice/accounts';
import { practiceSettings, practiceStatus, updatePracticeSettings } from '../../services/practice/practiceSettings';
import type { Store } from '../../services/store/store';
import type { Handlers } from '../handler';

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
  return {
    'app.status': (_input, { session }) => ({ ...practiceStatus(store), user: session.user }),

    'practice.initialize': async ({ practice, account }, { session }) => {
      session.user = await initializePractice(store, practice, account);
      return session.user;
    },

    'practice.settings': () => practiceSettings(store),
    'practice.updateSettings': (settings) => updatePracticeSettings(store, settings),
    'practice.loadDemo': () => ({ workers: loadDemoIntoEmptyPractice(store) }),
    'accounts.list': () => store.users.list(),
    'accounts.create': (account) => createAccount(store, account),

    'auth.signIn': async ({ name, passphrase }, { session }) => {
      session.user = await authenticate(store, name, passphrase);
      return session.user;
    },

    'auth.signOut': (_input, { session }) => {
      session.user = null;
      return null;
    },
  };
}
