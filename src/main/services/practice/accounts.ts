import type { NewAccount, PracticeSettings, User } from '../../../shared/model';
import { hashPassphrase, verifyPassphrase } from '../auth/passphrase';
import { DuplicateAccountError, RefusedError } from '../domainError';
import type { Repositories } from '../store/store';
import { checkedLogo } from './practiceSettings';

/** A stored hash to compare against when the name is unknown, so timing does not reveal names. */
const unknownUserHash = hashPassphrase('unknown user: never matches');

/** Sets up a new practice with its first account, a doctor; refused once a practice exists. */
export async function initializePractice(store: Repositories, practice: PracticeSettings, account: Omit<NewAccount, 'role'>): Promise<User> {
  const logo = await checkedLogo(practice.logo, ['practice', 'logo']);
  const passphraseHash = await hashPassphrase(account.passphrase);
  return store.transaction(async (tx) => {
    if ((await tx.practice.settings()) !== null || (await tx.users.count()) > 0) throw new RefusedError('alreadyInitialized');
    await tx.practice.create(practice);
    if (logo) await tx.practice.setLogo(logo);
    const id = await tx.users.create({ name: account.name, role: 'doctor', passphraseHash });
    return { id, name: account.name, role: 'doctor' as const };
  });
}

export async function createAccount(store: Repositories, { name, role, passphrase }: NewAccount): Promise<User> {
  const passphraseHash = await hashPassphrase(passphrase);
  const id = await store.transaction(async (tx) => {
    if (await tx.users.findByName(name)) throw new DuplicateAccountError(name);
    return tx.users.create({ name, role, passphraseHash });
  });
  return { id, name, role };
}

/** Stores a new passphrase (its hash) for the account. */
export async function setPassphrase(store: Repositories, userId: number, passphrase: string): Promise<void> {
  const passphraseHash = await hashPassphrase(passphrase);
  await store.transaction((tx) => tx.users.setPassphraseHash(userId, passphraseHash));
}

/** The account with this name and passphrase; the same refusal for an unknown name and a wrong passphrase. */
export async function authenticate(store: Repositories, name: string, passphrase: string): Promise<User> {
  const stored = await store.users.findByName(name);
  const matches = await verifyPassphrase(passphrase, stored?.passphraseHash ?? (await unknownUserHash));
  if (!stored || !matches) throw new RefusedError('invalidCredentials');
  return { id: stored.id, name: stored.name, role: stored.role };
}

