import type { Role, User } from '../../../shared/model';
import type { Clock } from './clock';
import type { SqlWriter } from './sql';
import { statement } from './statement';
import { foldText } from './searchKey';

interface UserRow {
  id: number;
  name: string;
  role: Role;
  passphrase_hash: string;
}

export interface StoredUser extends User {
  passphraseHash: string;
}

function toStoredUser(row: UserRow): StoredUser {
  return { id: row.id, name: row.name, role: row.role, passphraseHash: row.passphrase_hash };
}

/** Account names are unique regardless of case, accents and surrounding spaces. */
export function accountNameKey(name: string): string {
  return foldText(name).trim().replace(/\s+/g, ' ');
}

export function createUserRepository(db: SqlWriter, clock: Clock) {
  const byNameKey = statement<[string], UserRow>(
    db,
    'SELECT id, name, role, passphrase_hash FROM users WHERE name_key = ? AND removed_at IS NULL',
  );
  const count = statement<[], { n: number }>(db, 'SELECT count(*) AS n FROM users');
  const insert = statement(
    db,
    `INSERT INTO users (name, name_key, role, passphrase_hash, created_at)
     VALUES (@name, @nameKey, @role, @passphraseHash, @now) RETURNING id`,
  );
  const setHash = statement(db, 'UPDATE users SET passphrase_hash = ? WHERE id = ?');
  const list = statement<[], UserRow>(db, 'SELECT id, name, role, passphrase_hash FROM users WHERE removed_at IS NULL ORDER BY name_key');
  const byId = statement<[number], UserRow>(db, 'SELECT id, name, role, passphrase_hash FROM users WHERE id = ? AND removed_at IS NULL');
  const remove = statement<{ id: number; removedBy: number; now: string }>(
    db,
    `UPDATE users SET removed_at = @now, removed_by = @removedBy, passphrase_hash = '',
            name_key = 'removed:' || id || ':' || name_key
      WHERE id = @id AND removed_at IS NULL`,
  );
  const registration = statement<[number], { professional_registration: string | null }>(db, 'SELECT professional_registration FROM users WHERE id = ?');
  const setRegistration = statement(db, 'UPDATE users SET professional_registration = ? WHERE id = ?');

  return {
    async findByName(name: string): Promise<StoredUser | null> {
      const row = await byNameKey.get(accountNameKey(name));
      return row ? toStoredUser(row) : null;
    },
    async count(): Promise<number> {
      return (await count.get())?.n ?? 0;
    },
    async create(user: { name: string; role: Role; passphraseHash: string }): Promise<number> {
      return insert.insert({ ...user, nameKey: accountNameKey(user.name), now: clock.now() });
    },
    async setPassphraseHash(id: number, passphraseHash: string): Promise<void> {
      await setHash.run(passphraseHash, id);
    },
    /** The account's BIG or RIZIV number (11 digits), or null. */
    async professionalRegistration(id: number): Promise<string | null> {
      return (await registration.get(id))?.professional_registration ?? null;
    },
    async setProfessionalRegistration(id: number, digits: string | null): Promise<void> {
      await setRegistration.run(digits, id);
    },
    /** An account that has not been removed. */
    async get(id: number): Promise<User | null> {
      const row = await byId.get(id);
      return row ? { id: row.id, name: row.name, role: row.role } : null;
    },
    /** Removes an account: it can no longer sign in, its name is free again, its row stays for what it wrote. */
    async remove(id: number, removedBy: number): Promise<void> {
      await remove.run({ id, removedBy, now: clock.now() });
    },
    async list(): Promise<User[]> {
      return (await list.all()).map(({ id, name, role }) => ({ id, name, role }));
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
