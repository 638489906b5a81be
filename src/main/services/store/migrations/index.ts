import { initial } from './0001-initial';
import { consultationDrafts } from './0002-consultation-drafts';
import { liftingTasks } from './0003-lifting-tasks';
import { aggregatesIndex } from './0004-aggregates-index';
import { letterhead } from './0005-letterhead';
import { signInAndAccessLog } from './0006-sign-in-and-access-log';
import { backupsAndRetention } from './0007-backups-and-retention';
import { legalDocuments } from './0008-legal-documents';
import { removedAccounts } from './0009-removed-accounts';
import { consultationSigning } from './0010-consultation-signing';
import { professionalRegistration } from './0011-professional-registration';
import { aggregatesCoveringIndexes } from './0012-aggregates-covering-indexes';
import { rowVersions } from './0013-row-versions';
import { sortKeySeparator } from './0014-sort-key-separator';
import { nameSearchLexemes } from './0015-name-search-lexemes';
import { nameSearchSortKey } from './0016-name-search-sort-key';
import { consultationsByEpisode } from './0017-consultations-by-episode';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Refuses a list whose versions do not run 1, 2, 3… in order: a gap or a repeat would skip or redo a step. */
export function inVersionOrder(list: readonly Migration[]): readonly Migration[] {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration at position ${index + 1} has version ${migration.version}; versions must increase by one from 1.`);
    }
  });
  return list;
}

/** Every migration, oldest first. Add a new one as the next NNNN-what.ts file (its SQLite and PostgreSQL forms) and list it here. */
export const migrations = inVersionOrder([initial, consultationDrafts, liftingTasks, aggregatesIndex, letterhead, signInAndAccessLog, backupsAndRetention, legalDocuments, removedAccounts, consultationSigning, professionalRegistration, aggregatesCoveringIndexes, rowVersions, sortKeySeparator, nameSearchLexemes, nameSearchSortKey, consultationsByEpisode]);

export const schemaVersion = migrations.length;
