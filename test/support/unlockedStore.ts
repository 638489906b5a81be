import { openVault } from '../../src/main/services/keys/practiceVault';
import type { Clock } from '../../src/main/services/store/clock';
import type { SqliteStore } from '../../src/main/services/store/store';

/**
 * A second connection to an encrypted practice file, opened with an account's key slot, for tests
 * that write rows directly beside a running app. `close()` closes it again.
 */
export async function unlockedStore(directory: string, account: { name: string; passphrase: string }, clock: Clock): Promise<SqliteStore> {
  const vault = openVault(directory, { clock });
  if (!(await vault.unlockWithPassphrase(account.name, account.passphrase)) || !vault.store) {
    throw new Error(`${account.name} cannot open the practice file in ${directory}`);
  }
  return vault.store;
}
