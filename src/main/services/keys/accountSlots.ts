import { randomBytes, scrypt } from 'node:crypto';
import { accountNameKey } from '../store/userRepository';
import type { AccountSlot, KeyFile } from './keyFile';
import { unwrapKey, wrapKey } from './keyWrap';

/**
 * How an account's slot in the key file is found without its name being readable there: the
 * slot holds a hash of the account's name (case, accents and spaces folded), scrypt with
 * N = 2^14, r = 8, p = 1 under a random salt of the practice (`nameSalt` in the key file). The
 * sign-in computes the same hash from the name typed and looks the slot up; one derivation per
 * attempt, whatever the number of accounts. Someone holding the key file learns how many accounts
 * there are, and must guess a name at the cost of one derivation to test it (see docs/security.md).
 */
const nameHashCost = { N: 16384, r: 8, p: 1, maxmem: 32 * 1024 * 1024 };

export function newNameSalt(): string {
  return randomBytes(16).toString('base64');
}

export function accountNameHash(name: string, nameSalt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(accountNameKey(name), Buffer.from(nameSalt, 'base64'), 16, nameHashCost, (error, hash) =>
      error ? reject(error) : resolve(hash.toString('base64')),
    );
  });
}

/** What a slot's wrapped key is bound to: the account's id and its name hash (or, in slots from before hashing, its name key). */
function slotLabel(slot: Omit<AccountSlot, 'key'>): string {
  return slot.nameHash !== undefined ? `account:${slot.userId}:hash:${slot.nameHash}` : `account:${slot.userId}:${slot.nameKey ?? ''}`;
}

/** The key file's salt for name hashes, made when a key file from before hashing has none. */
export function withNameSalt(keys: KeyFile): KeyFile & { nameSalt: string } {
  return keys.nameSalt ? { ...keys, nameSalt: keys.nameSalt } : { ...keys, nameSalt: newNameSalt() };
}

/** The slot of the account with this name, or null. */
export async function findAccountSlot(keys: KeyFile, name: string): Promise<AccountSlot | null> {
  const nameKey = accountNameKey(name);
  const nameHash = keys.nameSalt ? await accountNameHash(name, keys.nameSalt) : null;
  return keys.accounts.find((slot) => (slot.nameHash !== undefined ? slot.nameHash === nameHash : slot.nameKey === nameKey)) ?? null;
}

/** The database key in the slot of the account with this name, or null when there is none or the passphrase is wrong. */
export async function unwrapAccountKey(keys: KeyFile, name: string, passphrase: string): Promise<Buffer | null> {
  const slot = await findAccountSlot(keys, name);
  return slot ? unwrapKey(slot.key, passphrase, slotLabel(slot)) : null;
}

/** A new slot for an account: the database key wrapped under its passphrase, found by its name hash. */
export async function accountSlot(databaseKey: Buffer, user: { id: number; name: string }, passphrase: string, nameSalt: string): Promise<AccountSlot> {
  const nameHash = await accountNameHash(user.name, nameSalt);
  const slot = { userId: user.id, nameHash };
  return { ...slot, key: await wrapKey(databaseKey, passphrase, slotLabel(slot)) };
}

/** A slot from before name hashing: it still shows the name until the account signs in once. */
export function isLegacySlot(slot: AccountSlot): boolean {
  return slot.nameHash === undefined;
}
