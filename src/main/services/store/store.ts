import { createAccessLogRepository } from './accessLogRepository';
import { createBackupRepository } from './backupRepository';
import { createRetentionRepository } from './retentionRepository';
import type { Clock } from './clock';
import { openDatabase, type DatabaseOptions } from './database';
import { readable } from './readableDb';
import { createPracticeRepository } from './practiceRepository';
import { createUserRepository } from './userRepository';
import { createSignInFailureRepository } from './signInFailureRepository';
import { createWorkerRepository } from './workerRepository';
import { createWorkplaceRepository } from './workplaceRepository';
import { createEpisodeRepository } from './episodeRepository';
import { createConsultationRepository } from './consultationRepository';
import { createReturnToWorkPlanRepository } from './returnToWorkPlanRepository';
import { createAgendaRepository } from './agendaRepository';
import { createLiftingTaskRepository } from './liftingTaskRepository';
import { createAggregatesRepository } from './aggregatesRepository';
import { createLegalDocumentRepository } from './legalDocumentRepository';

/** The practice's SQLite file with its repositories; without a key the file is plain (tests, benchmark, upgrade). */
export function openStore(file: string, clock: Clock, options: Partial<DatabaseOptions> = {}) {
  const db = openDatabase(file, { key: null, ...options });
  return {
    db,
    file,
    clock,
    practice: createPracticeRepository(db, clock),
    users: createUserRepository(db, clock),
    signInFailures: createSignInFailureRepository(db),
    workplaces: createWorkplaceRepository(db, clock),
    workers: createWorkerRepository(db, clock),
    accessLog: createAccessLogRepository(db, clock),
    episodes: createEpisodeRepository(db, clock),
    consultations: createConsultationRepository(db, clock),
    plans: createReturnToWorkPlanRepository(db, clock),
    agenda: createAgendaRepository(readable(db)),
    liftingTasks: createLiftingTaskRepository(db, clock),
    aggregates: createAggregatesRepository(readable(db)),
    backups: createBackupRepository(db, clock),
    retention: createRetentionRepository(db),
    legalDocuments: createLegalDocumentRepository(db, clock),
    /** Runs `work` in one transaction: all of it is written, or none of it. */
    transaction<T>(work: () => T): T {
      return db.transaction(work)();
    },
    close(): void {
      db.close();
    },
  };
}
export type Store = ReturnType<typeof openStore>;
