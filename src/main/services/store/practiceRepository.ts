import type { PracticeSettings } from '../../../shared/model';
import type { Clock } from './clock';
import type { Db } from './database';

interface SettingsRow {
  name: string;
  jurisdiction: PracticeSettings['jurisdiction'];
  language: PracticeSettings['language'];
  small_cell_k: number;
  orebro_cut_off: number;
}

export function createPracticeRepository(db: Db, clock: Clock) {
  const select = db.prepare<[], SettingsRow>(
    'SELECT name, jurisdiction, language, small_cell_k, orebro_cut_off FROM practice_settings WHERE id = 1',
  );
  const insert = db.prepare(
    `INSERT INTO practice_settings (id, name, jurisdiction, language, small_cell_k, orebro_cut_off, created_at)
     VALUES (1, @name, @jurisdiction, @language, @smallCellK, @orebroCutOff, @now)`,
  );
  const update = db.prepare(
    `UPDATE practice_settings SET name = @name, jurisdiction = @jurisdiction, language = @language,
       small_cell_k = @smallCellK, orebro_cut_off = @orebroCutOff WHERE id = 1`,
  );

  return {
    settings(): PracticeSettings | null {
      const row = select.get();
      if (!row) return null;
      return {
        name: row.name,
        jurisdiction: row.jurisdiction,
        language: row.language,
        smallCellK: row.small_cell_k,
        orebroCutOff: row.orebro_cut_off,
      };
    },
    /** Creates the settings row; only valid once, inside the caller's transaction. */
    create(settings: PracticeSettings): void {
      insert.run({ ...settings, now: clock.now() });
    },
    update(settings: PracticeSettings): void {
      update.run(settings);
    },
  };
}
export type PracticeRepository = ReturnType<typeof createPracticeRepository>;
