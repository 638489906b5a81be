import type { PracticeDetails } from '../../../shared/model';
import { changedMeanwhile } from '../domainError';
import type { Clock } from './clock';
import type { Db } from './database';

interface SettingsRow {
  name: string;
  jurisdiction: PracticeDetails['jurisdiction'];
  language: PracticeDetails['language'];
  small_cell_k: number;
  idle_lock_minutes: number;
  orebro_cut_off: number;
  address: string | null;
  phone: string | null;
  email: string | null;
  row_version: number;
}

/**
 * The practice's one settings row. The logo is read on its own (`logo()`), so that the many
 * readers of the settings (status, aggregates, documents) never load the image's bytes.
 */
export function createPracticeRepository(db: Db, clock: Clock) {
  const select = db.prepare<[], SettingsRow>(
    `SELECT name, jurisdiction, language, small_cell_k, idle_lock_minutes, orebro_cut_off, address, phone, email, row_version
       FROM practice_settings WHERE id = 1`,
  );
  const selectLogo = db.prepare<[], { logo: Buffer | null }>('SELECT logo FROM practice_settings WHERE id = 1');
  const insert = db.prepare(
    `INSERT INTO practice_settings (id, name, jurisdiction, language, small_cell_k, idle_lock_minutes, orebro_cut_off, address, phone, email, created_at)
     VALUES (1, @name, @jurisdiction, @language, @smallCellK, @idleLockMinutes, @orebroCutOff, @address, @phone, @email, @now)`,
  );
  const update = db.prepare(
    `UPDATE practice_settings SET name = @name, jurisdiction = @jurisdiction, language = @language,
       small_cell_k = @smallCellK, idle_lock_minutes = @idleLockMinutes, orebro_cut_off = @orebroCutOff, address = @address, phone = @phone, email = @email,
       row_version = row_version + 1
     WHERE id = 1 AND row_version = @rowVersion`,
  );
  const updateLogo = db.prepare<[Buffer | null]>('UPDATE practice_settings SET logo = ? WHERE id = 1');

  function row(settings: PracticeDetails) {
    const { name, jurisdiction, language, smallCellK, idleLockMinutes, orebroCutOff, address, phone, email } = settings;
    return { name, jurisdiction, language, smallCellK, idleLockMinutes, orebroCutOff, address, phone, email };
  }

  return {
    /** The settings with their row version (see `update`). */
    settings(): (PracticeDetails & { rowVersion: number }) | null {
      const stored = select.get();
      if (!stored) return null;
      return {
        name: stored.name,
        jurisdiction: stored.jurisdiction,
        language: stored.language,
        smallCellK: stored.small_cell_k,
        idleLockMinutes: stored.idle_lock_minutes,
        orebroCutOff: stored.orebro_cut_off,
        address: stored.address,
        phone: stored.phone,
        email: stored.email,
        rowVersion: stored.row_version,
      };
    },
    /** The letterhead's logo (PNG or JPEG bytes), or null. */
    logo(): Buffer | null {
      return selectLogo.get()?.logo ?? null;
    },
    /** Creates the settings row; only valid once, inside the caller's transaction. */
    create(settings: PracticeDetails): void {
      insert.run({ ...row(settings), now: clock.now() });
    },
    /** Changes the settings, refused ('changedMeanwhile', nothing written) unless they are still at `rowVersion`. */
    update(settings: PracticeDetails, rowVersion: number): void {
      if (update.run({ ...row(settings), rowVersion }).changes === 0) throw changedMeanwhile();
    },
    setLogo(logo: Uint8Array | null): void {
      updateLogo.run(logo === null ? null : Buffer.from(logo));
    },
  };
}
export type PracticeRepository = ReturnType<typeof createPracticeRepository>;
