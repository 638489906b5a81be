import type { Role, User } from '../../../shared/model';
import type { Clock } from './clock';
import type { Db } from './database';
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

export function createUserRepository(db: Db, clock: Clock) {
  const byNameKey = db.prepare<[string], UserRow>(
    'SELECT id, name, role, passphrase_hash FROM users WHERE name_key = ? AND removed_at IS NULL',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const insert = db.prepare(
    `INSERT INTO users (name, name_key, role, passphrase_hash, created_at)
     VALUES (@name, @nameKey, @role, @passphraseHash, @now)`,
  );
  const setHash = db.prepare('UPDATE users SET passphrase_hash = ? WHERE id = ?');
  const list = db.prepare<[], UserRow>('SELECT id, name, role, passphrase_hash FROM users WHERE removed_at IS NULL ORDER BY name_key');
  const byId = db.prepare<[number], UserRow>('SELECT id, name, role, passphrase_hash FROM users WHERE id = ? AND removed_at IS NULL');
  const remove = db.prepare<{ id: number; removedBy: number; now: string }>(
    `UPDATE users SET removed_at = @now, removed_by = @removedBy, passphrase_hash = '',
            name_key = 'removed:' || id || ':' || name_key
      WHERE id = @id AND removed_at IS NULL`,
  );
  const registration = db.prepare<[number], { professional_registration: string | null }>('SELECT professional_registration FROM users WHERE id = ?');
  const setRegistration = db.prepare('UPDATE users SET professional_registration = ? WHERE id = ?');

  return {
    findByName(name: string): StoredUser | null {
      const row = byNameKey.get(accountNameKey(name));
      return row ? toStoredUser(row) : null;
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
    create(user: { name: string; role: Role; passphraseHash: string }): number {
      const result = insert.run({ ...user, nameKey: accountNameKey(user.name), now: clock.now() });
      return Number(result.lastInsertRowid);
    },
    setPassphraseHash(id: number, passphraseHash: string): void {
      setHash.run(passphraseHash, id);
    },
    /** The account's BIG or RIZIV number (11 digits), or null. */
    professionalRegistration(id: number): string | null {
      return registration.get(id)?.professional_registration ?? null;
    },
    setProfessionalRegistration(id: number, digits: string | null): void {
      setRegistration.run(digits, id);
    },
    /** An account that has not been removed. */
    get(id: number): User | null {
      const row = byId.get(id);
      return row ? { id: row.id, name: row.name, role: row.role } : null;
    },
    /** Removes an account: it can no longer sign in, its name is free again, its row stays for what it wrote. */
    remove(id: number, removedBy: number): void {
      remove.run({ id, removedBy, now: clock.now() });
    },
    list(): User[] {
      return list.all().map(({ id, name, role }) => ({ id, name, role }));
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
