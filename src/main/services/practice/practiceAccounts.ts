import type { NewAccount, User } from '../../../shared/model';
import { RefusedError } from '../domainError';
import type { PracticeVault } from '../keys/practiceVault';
import type { Store } from '../store/store';
import { createAccount } from './accounts';

function openStore(vault: PracticeVault): Store {
  if (!vault.store) throw new RefusedError('unauthenticated');
  return vault.store;
}

/** A new account with its own key slot (only a doctor who runs the practice reaches this). */
export async function addAccount(vault: PracticeVault, account: NewAccount): Promise<User> {
  const user = await createAccount(openStore(vault), account);
  await vault.saveAccountSlot(user, account.passphrase);
  return user;
}

/**
 * Removes another account: its key slot goes first (it can no longer open the file), then the
 * account is marked removed (what it wrote keeps naming it) and the removal is in the access log.
 * Nobody removes their own account, so a practice always keeps a doctor who runs it.
 */
export async function removeAccount(vault: PracticeVault, by: User, id: number): Promise<User[]> {
  const store = openStore(vault);
  if (id === by.id) throw new RefusedError('ownAccount');
  if (!(await store.users.get(id))) throw new RefusedError('notFound');
  vault.removeAccountSlot(id);
  await store.transaction(async (tx) => {
    await tx.users.remove(id, by.id);
    await tx.accessLog.record(by, { action: 'accountRemoved', channel: 'accounts.remove', workerId: null, outcome: 'allowed' });
  });
  return store.users.list();
}
